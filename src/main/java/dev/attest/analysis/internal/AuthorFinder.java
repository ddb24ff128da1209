package dev.attest.analysis.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.analysis.Author;
import dev.attest.analysis.AuthorSource;
import dev.attest.analysis.rules.CommonRules;
import dev.attest.analysis.rules.LanguageRules;
import dev.attest.analysis.rules.PatternRule;
import dev.attest.analysis.rules.TriggerIndex;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the named author: a visible byline first, then {@code rel="author"}, {@code <meta
 * name="author">}, schema.org JSON-LD, and finally a name in the disclosure line. A candidate
 * counts when it is a news agency or looks like a person's name; a desk ("Redaktion", "Staff") does
 * not.
 */
public final class AuthorFinder {
  private static final Evaluator META_AUTHOR = QueryParser.parse("meta[name=author][content]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final Evaluator AUTHOR_MARKUP =
      QueryParser.parse("[rel], meta[name=author][content], script[type=application/ld+json]");
  private static final int MAX_BYLINE_WORDS = 16;
  private static final int BYLINE_SCAN_BLOCKS = 12;
  private static final Pattern ROLE_SPLIT =
      Pattern.compile(
          "\\s*(?:[,|/•·–—(]|\\s-\\s|\\s(?:in|aus|from|i|fra|från|à|uit|im)\\s+\\p{Lu}).*$");
  private static final Pattern NAME_WORD =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}'’.]*(?:-\\p{Lu}?[\\p{L}'’]+)*|von|van|der|den|de|da|di|du|la|le|af|zu|ter|y|e|del|dos|das)");
  private static final Pattern AND = Pattern.compile("\\s+(?:und|and|og|och|et|y|en|&)\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:;]+$");
  private static final Pattern BRACKETS = Pattern.compile("^[(\\[]|[)\\]]$");
  private static final Pattern DESK_WORD_SEPARATORS = Pattern.compile("[\\s\\-/]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CommonRules common;

  /**
   * Where a time stamp begins on a byline line: a digit, or a stop word ("Publicerad") after a
   * space or glued to the name by the markup ("BergqvistPublicerad").
   */
  private final Pattern timeStamp;

  public AuthorFinder(CommonRules common) {
    this.common = common;
    StringBuilder stops = new StringBuilder();
    for (String stop : common.bylineStops()) {
      stops.append(stops.length() == 0 ? "" : "|").append(Pattern.quote(stop));
    }
    this.timeStamp =
        Pattern.compile(
            stops.length() == 0
                ? "\\s*\\d.*$"
                : "\\s*\\d.*$|(?:\\s+|(?<=\\p{Ll})(?=\\p{Lu}))(?i:"
                    + stops
                    + ")(?![\\p{L}\\p{N}]).*$",
            Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  public Author find(
      ArticleText article,
      TriggerIndex.Hits triggers,
      LanguageRules rules,
      String disclosureAuthor) {
    Author author = fromBylines(article, triggers, rules);
    if (author == null) {
      // one walk of the document for the three kinds of author markup, then taken in their order of
      // precedence
      Elements markup = article.document().select(AUTHOR_MARKUP);
      author = fromRelAuthor(markup, rules);
      if (author == null) {
        author = fromMetaAuthor(markup, rules);
      }
      if (author == null) {
        author = fromJsonLd(markup, rules);
      }
    }
    if (author == null && disclosureAuthor != null) {
      author = named(disclosureAuthor, rules, AuthorSource.DISCLOSURE);
    }
    return author;
  }

  /** The blocks that are bylines: they are not claims. */
  public Set<Block> bylines(ArticleText article, TriggerIndex.Hits triggers, LanguageRules rules) {
    Set<Block> bylines = new HashSet<>();
    for (Block block : article.blocks()) {
      if (isByline(article, triggers, block, rules)) {
        bylines.add(block);
      }
    }
    return bylines;
  }

  private boolean isByline(
      ArticleText article, TriggerIndex.Hits triggers, Block block, LanguageRules rules) {
    if (block.hasMoreWordsThan(MAX_BYLINE_WORDS)) {
      return false;
    }
    return block.bylineHint()
        || named(bylineName(article, triggers, block, rules, true), rules, AuthorSource.BYLINE)
            != null;
  }

  private Author fromBylines(ArticleText article, TriggerIndex.Hits triggers, LanguageRules rules) {
    List<Block> blocks = article.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      boolean nearEdge = i < BYLINE_SCAN_BLOCKS || i >= blocks.size() - BYLINE_SCAN_BLOCKS;
      Block block = blocks.get(i);
      if (!nearEdge && !block.bylineHint()) {
        continue;
      }
      boolean line = !block.hasMoreWordsThan(MAX_BYLINE_WORDS);
      String name = bylineName(article, triggers, block, rules, line);
      Author author = name == null ? null : named(name, rules, AuthorSource.BYLINE);
      if (author == null && line && block.bylineHint()) {
        author = named(article.slice(block), rules, AuthorSource.BYLINE);
      }
      if (author != null) {
        return author;
      }
    }
    return null;
  }

  /**
   * The name a byline rule reads from the block: any rule on a short line, only paragraph-start
   * rules (datelines) on a long paragraph.
   */
  private static String bylineName(
      ArticleText article,
      TriggerIndex.Hits triggers,
      Block block,
      LanguageRules rules,
      boolean line) {
    for (PatternRule rule : rules.bylines()) {
      if (!(line || rule.paragraphStart())) {
        continue;
      }
      Matcher m = rule.find(article.text(), triggers, block.start(), block.end());
      if (m != null) {
        String name = DisclosureFinder.group(m, "name");
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  private Author fromRelAuthor(Elements markup, LanguageRules rules) {
    for (Element link : markup) {
      if (!link.hasAttr("rel")) {
        continue;
      }
      boolean author = false;
      for (String token : SPACES.split(link.attr("rel").toLowerCase(Locale.ROOT))) {
        author |= token.equals("author");
      }
      if (author && link.normalName().equals("a")) {
        Author found = named(link.text(), rules, AuthorSource.REL_AUTHOR);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private Author fromMetaAuthor(Elements markup, LanguageRules rules) {
    for (Element element : markup) {
      if (META_AUTHOR.matches(element, element)) {
        Author author = named(element.attr("content"), rules, AuthorSource.META);
        if (author != null) {
          return author;
        }
      }
    }
    return null;
  }

  private Author fromJsonLd(Elements markup, LanguageRules rules) {
    for (Element script : markup) {
      if (!JSON_LD.matches(script, script)) {
        continue;
      }
      try {
        Author author = fromJsonNode(JSON.readTree(script.data()), rules, 0);
        if (author != null) {
          return author;
        }
      } catch (IOException malformed) {
        // a broken JSON-LD block names nobody; the article may still have a byline elsewhere
      }
    }
    return null;
  }

  private Author fromJsonNode(JsonNode node, LanguageRules rules, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        Author author = fromJsonNode(item, rules, depth + 1);
        if (author != null) {
          return author;
        }
      }
      return null;
    }
    JsonNode authorNode = node.get("author");
    if (authorNode != null) {
      for (JsonNode one : authorNode.isArray() ? authorNode : List.of(authorNode)) {
        String name = one.isTextual() ? one.asText() : one.path("name").asText("");
        if (one.path("@type").asText("").equalsIgnoreCase("Organization") && agency(name) == null) {
          continue; // a publisher is not a named author; a news agency is
        }
        Author author = named(name, rules, AuthorSource.JSON_LD);
        if (author != null) {
          return author;
        }
      }
    }
    return fromJsonNode(node.get("@graph"), rules, depth + 1);
  }

  /** The candidate as an author, when it is an agency or a person's name and not a desk. */
  Author named(String candidate, LanguageRules rules, AuthorSource source) {
    if (candidate == null) {
      return null;
    }
    String name = timeStamp.matcher(candidate.strip()).replaceFirst("");
    name = ROLE_SPLIT.matcher(name).replaceFirst("").strip();
    name = TRAILING_PUNCTUATION.matcher(name).replaceAll("").strip();
    if (name.isEmpty() || name.startsWith("http")) {
      return null;
    }
    String agency = agency(name);
    if (agency != null) {
      return new Author(agency, source);
    }
    List<String> named = new java.util.ArrayList<>();
    String[] parts = AND.split(name);
    for (String part : parts) {
      String agencyPart = agency(part.strip());
      if (agencyPart != null) {
        named.add(agencyPart);
      } else if (looksLikeName(part) && !isDesk(part, rules)) {
        named.add(part.strip());
      } else if (!isDesk(part, rules)) {
        return null; // "Von den 20 Teilnehmern": not a byline at all
      }
    }
    if (named.isEmpty()) {
      return null;
    }
    return new Author(named.size() == parts.length ? name : String.join(", ", named), source);
  }

  private String agency(String name) {
    String bare = BRACKETS.matcher(name).replaceAll("").strip();
    for (String agency : common.agencies()) {
      if (agency.equalsIgnoreCase(bare)) {
        return agency;
      }
    }
    return null;
  }

  private static boolean isDesk(String name, LanguageRules rules) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : DESK_WORD_SEPARATORS.split(lower)) {
      if (rules.desks().contains(word)) {
        return true;
      }
    }
    return rules.desks().contains(lower);
  }

  private static boolean looksLikeName(String person) {
    String[] words = SPACES.split(person.strip());
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int capitalised = 0;
    for (String word : words) {
      if (!NAME_WORD.matcher(word).matches()) {
        return false;
      }
      if (Character.isUpperCase(word.charAt(0))) {
        capitalised++;
      }
    }
    return capitalised >= 2 && Character.isUpperCase(words[words.length - 1].charAt(0));
  }
}
