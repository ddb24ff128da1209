package dev.attest.analysis.rules;

import dev.attest.analysis.AiUse;
import dev.attest.analysis.CueKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compiled rules of one language, merged with the common rules (agencies, desks, common byline
 * forms).
 *
 * @param code ISO 639-1 code
 * @param stopwords frequent words that identify the language in running text (lower case)
 * @param abbreviations abbreviations after which a sentence does not end ("z. B.", "Dr.")
 * @param months month names and their abbreviations (lower case): a number next to one is a date,
 *     not a figure
 * @param timeWords words after a number that make it a time of day ("Uhr", "o'clock")
 * @param numberNames words before a number that make it part of a name rather than a figure
 *     ("Kreisstraße 48", "Highway 16", "Artikel 5"), lower case
 * @param boilerplatePhrases widget lines to ignore ("lesen sie auch"), lower case
 * @param desks words that name a desk rather than a person ("redaktion"), lower case
 * @param aiTerms what counts as mentioning AI in a disclosure line
 * @param selfReference what counts as the line referring to this article
 * @param disclosureAuthor finds a person named in the disclosure line (group {@code author}), or
 *     null
 * @param triggers the triggers and literal starts of all these rules, to find in an article in one
 *     pass
 */
public record LanguageRules(
    String code,
    String name,
    Set<String> stopwords,
    List<String> abbreviations,
    Set<String> months,
    Set<String> timeWords,
    Set<String> numberNames,
    List<String> boilerplatePhrases,
    Set<String> desks,
    List<PatternRule> bylines,
    PatternRule aiTerms,
    PatternRule selfReference,
    Pattern disclosureAuthor,
    List<PatternRule> disclosureRules,
    List<PatternRule> cues,
    List<PatternRule> sources,
    TriggerIndex triggers,
    Map<CueKind, String> messages,
    Map<String, ViolationText> violations,
    Map<AiUse, String> disclosureTemplates) {

  /** What a violation says, and the hint on fixing it. */
  public record ViolationText(String message, String hint) {}

  public String message(CueKind kind) {
    return messages.getOrDefault(kind, kind.name());
  }

  public ViolationText violation(String code) {
    return violations.getOrDefault(code, new ViolationText(code, ""));
  }
}
