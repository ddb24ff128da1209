package dev.attest.analysis.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The shape of the YAML rule files, exactly as written; {@link RuleSet} compiles them. */
final class RuleFiles {
  static final String FORMAT = "attest-rules/1";

  private RuleFiles() {}

  record Examples(List<String> match, List<String> noMatch) {
    Examples {
      match = match == null ? List.of() : List.copyOf(match);
      noMatch = noMatch == null ? List.of() : List.copyOf(noMatch);
    }
  }

  record RuleSpec(
      String id,
      String description,
      String kind,
      String aiUse,
      String pattern,
      List<String> triggers,
      String message,
      String scope,
      Examples examples) {}

  record Markup(
      List<String> boilerplate, List<String> hidden, List<String> byline, List<String> heading) {}

  record Common(
      String format,
      String description,
      List<String> languages,
      String fallbackLanguage,
      List<String> agencies,
      List<String> desks,
      Map<String, String> macros,
      Markup markup,
      List<String> bylineStops,
      List<String> quotes,
      int quoteMinWords,
      List<RuleSpec> bylines) {}

  record Detection(List<String> stopwords) {}

  record DisclosureSpec(
      String aiTerms, String selfReference, String author, List<RuleSpec> rules) {}

  record ViolationText(String message, String hint) {}

  record Language(
      String format,
      String language,
      String name,
      String description,
      Detection detection,
      List<String> abbreviations,
      List<String> months,
      List<String> timeWords,
      List<String> numberNames,
      List<String> boilerplate,
      List<String> desks,
      Map<String, String> macros,
      List<RuleSpec> bylines,
      @JsonProperty("disclosure") DisclosureSpec disclosure,
      List<RuleSpec> cues,
      List<RuleSpec> sources,
      Map<String, String> messages,
      Map<String, ViolationText> violations,
      Map<String, String> disclosureTemplates) {}
}
