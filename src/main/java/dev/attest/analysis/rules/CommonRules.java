package dev.attest.analysis.rules;

import java.util.List;
import java.util.Set;

/**
 * Language-independent rules.
 *
 * @param agencies news agencies: they count as authors and as named sources
 * @param boilerplateMarkup class/id tokens of boilerplate containers (related boxes, share bars, ad
 *     slots, credits)
 * @param hiddenMarkup class tokens of visually hidden elements
 * @param bylineMarkup class/id/itemprop tokens of byline elements
 * @param bylineStops words that end the name on a byline line: a time stamp follows them
 *     ("Published", "Publicerad", "Aktualisiert"), even when the markup glues them to the name
 * @param quotePairs opening and closing quotation marks, two characters each
 * @param quoteMinWords the fewest words a quotation needs to count as a direct quote (shorter ones
 *     are scare quotes)
 */
public record CommonRules(
    List<String> agencies,
    Set<String> boilerplateMarkup,
    Set<String> hiddenMarkup,
    Set<String> bylineMarkup,
    List<String> bylineStops,
    Set<String> headingMarkup,
    List<String> quotePairs,
    int quoteMinWords) {}
