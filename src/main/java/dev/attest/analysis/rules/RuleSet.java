package dev.attest.analysis.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.attest.analysis.AiUse;
import dev.attest.analysis.CueKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * A complete, immutable rule set: the common file {@code common.yaml} and one {@code <code>.yaml}
 * per language it lists. Load the bundled set with {@link #bundled()} or a folder with {@link
 * #load(Path)}.
 */
public final class RuleSet {
  static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final String BUNDLED = "/dev/attest/rules/";
  private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]*)}");

  private final String version;
  private final CommonRules common;
  private final Map<String, LanguageRules> languages;
  private final String fallback;

  private RuleSet(
      String version, CommonRules common, Map<String, LanguageRules> languages, String fallback) {
    this.version = version;
    this.common = common;
    this.languages = languages;
    this.fallback = fallback;
  }

  /** The rule set shipped inside attest (a copy of {@code config/rules/}). */
  public static RuleSet bundled() {
    return read(
        "bundled rules",
        name -> {
          try (InputStream in = RuleSet.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
              throw new RulesException("bundled rule file " + name + " is missing");
            }
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The rule set in {@code dir}: {@code common.yaml} plus the language files it lists. */
  public static RuleSet load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RulesException("rules folder " + dir + " does not exist or is not a folder");
    }
    return read(
        dir.toString(),
        name -> {
          Path file = dir.resolve(name);
          try {
            return Files.readAllBytes(file);
          } catch (IOException e) {
            throw new RulesException("cannot read rule file " + file + ": " + e.getMessage(), e);
          }
        });
  }

  public String version() {
    return version;
  }

  public CommonRules common() {
    return common;
  }

  /**
   * The languages in the order common.yaml lists them (ties in language detection go to the earlier
   * one).
   */
  public Collection<LanguageRules> languages() {
    return languages.values();
  }

  public boolean supports(String code) {
    return languages.containsKey(code);
  }

  /** The rules of {@code code}, or of the fallback language when the set has none for it. */
  public LanguageRules forLanguage(String code) {
    LanguageRules rules = languages.get(code);
    return rules != null ? rules : languages.get(fallback);
  }

  public String fallbackLanguage() {
    return fallback;
  }

  private static RuleSet read(String origin, Function<String, byte[]> files) {
    ObjectMapper yaml =
        new ObjectMapper(
                YAMLFactory.builder()
                    .disable(
                        com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    MessageDigest digest = sha256();
    byte[] commonBytes = files.apply("common.yaml");
    digest(digest, "common.yaml", commonBytes);
    RuleFiles.Common commonFile = parse(yaml, commonBytes, "common.yaml", RuleFiles.Common.class);
    requireFormat(commonFile.format(), "common.yaml");
    if (commonFile.languages() == null || commonFile.languages().isEmpty()) {
      throw new RulesException("common.yaml lists no languages");
    }
    Map<String, String> commonMacros = new HashMap<>(orEmpty(commonFile.macros()));
    commonMacros.put("AGENCY", agencyPattern(orEmpty(commonFile.agencies())));
    Map<String, LanguageRules> languages = new LinkedHashMap<>();
    for (String code : commonFile.languages()) {
      String name = code + ".yaml";
      byte[] bytes = files.apply(name);
      digest(digest, name, bytes);
      RuleFiles.Language file = parse(yaml, bytes, name, RuleFiles.Language.class);
      requireFormat(file.format(), name);
      if (!code.equals(file.language())) {
        throw new RulesException(
            name + " declares language '" + file.language() + "', expected '" + code + "'");
      }
      languages.put(code, compile(name, file, commonFile, commonMacros));
    }
    String fallback = commonFile.fallbackLanguage();
    if (fallback == null || !languages.containsKey(fallback)) {
      throw new RulesException(
          "common.yaml: fallbackLanguage must be one of " + languages.keySet());
    }
    var markup = commonFile.markup();
    CommonRules common =
        new CommonRules(
            orEmpty(commonFile.agencies()),
            lower(markup == null ? null : markup.boilerplate()),
            lower(markup == null ? null : markup.hidden()),
            lower(markup == null ? null : markup.byline()),
            orEmpty(commonFile.bylineStops()),
            lower(markup == null ? null : markup.heading()),
            orEmpty(commonFile.quotes()),
            Math.max(1, commonFile.quoteMinWords()));
    for (String pair : common.quotePairs()) {
      if (pair.length() != 2) {
        throw new RulesException(
            "common.yaml: quote pair '" + pair + "' must be exactly two characters");
      }
    }
    String version = "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    return new RuleSet(version, common, java.util.Collections.unmodifiableMap(languages), fallback);
  }

  private static LanguageRules compile(
      String file,
      RuleFiles.Language lang,
      RuleFiles.Common common,
      Map<String, String> commonMacros) {
    Map<String, String> macros = new HashMap<>(commonMacros);
    macros.putAll(orEmpty(lang.macros()));
    var compiler = new Compiler(file, macros);
    var disclosure = lang.disclosure();
    if (disclosure == null || disclosure.aiTerms() == null || disclosure.selfReference() == null) {
      throw new RulesException(file + ": disclosure needs aiTerms, selfReference and rules");
    }
    List<PatternRule> bylines = new ArrayList<>(compiler.rules(lang.bylines(), Kinds.NONE));
    bylines.addAll(compiler.rules(common.bylines(), Kinds.NONE));
    Set<String> desks = new LinkedHashSet<>(lower(common.desks()));
    desks.addAll(lower(lang.desks()));
    Map<CueKind, String> messages = new EnumMap<>(CueKind.class);
    orEmpty(lang.messages()).forEach((k, v) -> messages.put(enumValue(CueKind.class, k, file), v));
    Map<String, LanguageRules.ViolationText> violations = new HashMap<>();
    orEmpty(lang.violations())
        .forEach(
            (k, v) -> violations.put(k, new LanguageRules.ViolationText(v.message(), v.hint())));
    Map<AiUse, String> templates = new EnumMap<>(AiUse.class);
    orEmpty(lang.disclosureTemplates())
        .forEach((k, v) -> templates.put(enumValue(AiUse.class, k, file), v));
    PatternRule aiTerms =
        compiler.gate(lang.language() + ".disclosure.ai-terms", disclosure.aiTerms());
    PatternRule selfReference =
        compiler.gate(lang.language() + ".disclosure.self-reference", disclosure.selfReference());
    List<PatternRule> disclosureRules = compiler.rules(disclosure.rules(), Kinds.DISCLOSURE);
    List<PatternRule> cues = compiler.rules(lang.cues(), Kinds.CUE);
    List<PatternRule> sources = compiler.rules(lang.sources(), Kinds.NONE);
    return new LanguageRules(
        lang.language(),
        lang.name(),
        lower(lang.detection() == null ? null : lang.detection().stopwords()),
        orEmpty(lang.abbreviations()),
        lower(lang.months()),
        lower(lang.timeWords()),
        lower(lang.numberNames()),
        List.copyOf(lower(lang.boilerplate())),
        Set.copyOf(desks),
        List.copyOf(bylines),
        aiTerms,
        selfReference,
        disclosure.author() == null
            ? null
            : compiler.pattern(disclosure.author(), "disclosure.author"),
        disclosureRules,
        cues,
        sources,
        new TriggerIndex(compiler.compiled()),
        Map.copyOf(messages),
        Map.copyOf(violations),
        Map.copyOf(templates));
  }

  private enum Kinds {
    NONE,
    CUE,
    DISCLOSURE
  }

  /** Expands macros and compiles the rules of one file, naming the file and rule in every error. */
  private static final class Compiler {
    private final String file;
    private final Map<String, String> macros;
    private final List<PatternRule> compiled = new ArrayList<>();

    Compiler(String file, Map<String, String> macros) {
      this.file = file;
      this.macros = macros;
    }

    /** Every rule compiled so far; a rule's slot is its place in this list. */
    List<PatternRule> compiled() {
      return List.copyOf(compiled);
    }

    private PatternRule add(PatternRule rule) {
      compiled.add(rule);
      return rule;
    }

    List<PatternRule> rules(List<RuleFiles.RuleSpec> specs, Kinds kinds) {
      List<PatternRule> rules = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>();
      for (RuleFiles.RuleSpec spec : orEmpty(specs)) {
        if (spec.id() == null || spec.pattern() == null) {
          throw new RulesException(file + ": every rule needs an id and a pattern (" + spec + ")");
        }
        if (!ids.add(spec.id())) {
          throw new RulesException(file + ": duplicate rule id " + spec.id());
        }
        CueKind kind =
            kinds == Kinds.CUE
                ? enumValue(CueKind.class, spec.kind(), file + " " + spec.id())
                : null;
        AiUse aiUse =
            kinds == Kinds.DISCLOSURE
                ? enumValue(AiUse.class, spec.aiUse(), file + " " + spec.id())
                : null;
        String expanded = expand(spec.pattern(), spec.id());
        Starts starts = Starts.of(expanded);
        List<Trigger> triggers =
            spec.triggers() != null
                ? spec.triggers().stream().map(Trigger::parse).toList()
                : starts.derivedTriggers();
        var examples =
            spec.examples() == null ? new RuleFiles.Examples(null, null) : spec.examples();
        List<PatternRule> branches = branches(spec, kind, aiUse, expanded, triggers, starts);
        rules.add(
            add(
                new PatternRule(
                    spec.id(),
                    kind,
                    aiUse,
                    compile(expanded, spec.id()),
                    expanded,
                    triggers,
                    RequiredWords.of(expanded).beyond(triggers),
                    starts,
                    compiled.size(),
                    spec.message(),
                    scope(spec),
                    examples.match(),
                    examples.noMatch(),
                    branches)));
      }
      return List.copyOf(rules);
    }

    /**
     * The top-level alternatives of a pattern as rules of their own (see {@link
     * PatternRule#branches()}), or none when it has one alternative, capturing groups (whose
     * numbers and names a caller may ask the match for), inline flags such as {@code (?-i)} (they
     * hold on into the alternatives after theirs), or starts that cannot be read (the pattern is
     * then searched with a plain {@code find()}, which its branches would not all be).
     */
    private List<PatternRule> branches(
        RuleFiles.RuleSpec spec,
        CueKind kind,
        AiUse aiUse,
        String expanded,
        List<Trigger> triggers,
        Starts starts) {
      List<String> alternatives = RegexText.splitTopLevel(expanded);
      if (alternatives.size() < 2
          || RegexText.hasCapturingGroup(expanded)
          || RegexText.hasInlineFlags(expanded)
          || starts.anywhere()) {
        return List.of();
      }
      List<PatternRule> branches = new ArrayList<>();
      for (int k = 0; k < alternatives.size(); k++) {
        String alternative = alternatives.get(k);
        String id = spec.id() + "#" + (k + 1);
        branches.add(
            add(
                new PatternRule(
                    id,
                    kind,
                    aiUse,
                    compile(alternative, id),
                    alternative,
                    List.of(),
                    RequiredWords.of(alternative).beyond(triggers),
                    Starts.of(alternative),
                    compiled.size(),
                    spec.message(),
                    scope(spec),
                    List.of(),
                    List.of(),
                    List.of())));
      }
      return branches;
    }

    private boolean scope(RuleFiles.RuleSpec spec) {
      if (spec.scope() == null || spec.scope().equals("line")) {
        return false;
      }
      if (spec.scope().equals("paragraphStart")) {
        return true;
      }
      throw new RulesException(
          file + " " + spec.id() + ": scope must be 'line' or 'paragraphStart'");
    }

    /** A pattern used as a gate: its triggers are derived, it has no kind and no examples. */
    PatternRule gate(String id, String regex) {
      String expanded = expand(regex, id);
      Starts starts = Starts.of(expanded);
      List<Trigger> triggers = starts.derivedTriggers();
      return add(
          new PatternRule(
              id,
              null,
              null,
              compile(expanded, id),
              expanded,
              triggers,
              RequiredWords.of(expanded),
              starts,
              compiled.size(),
              null,
              false,
              List.of(),
              List.of(),
              List.of()));
    }

    Pattern pattern(String regex, String what) {
      return compile(expand(regex, what), what);
    }

    private Pattern compile(String regex, String what) {
      try {
        return Pattern.compile(
            FirstCharGates.add(LiteralTries.rewrite(possessiveWords(regex))), FLAGS);
      } catch (PatternSyntaxException e) {
        throw new RulesException(file + " " + what + ": invalid pattern: " + e.getMessage(), e);
      }
    }

    private String expand(String regex, String what) {
      String current = regex;
      for (int depth = 0; depth < 8; depth++) {
        Matcher m = MACRO.matcher(current);
        if (!m.find()) {
          return current;
        }
        StringBuilder out = new StringBuilder();
        do {
          String body = macros.get(m.group(1));
          if (body == null) {
            throw new RulesException(file + " " + what + ": unknown macro {" + m.group(1) + "}");
          }
          m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        } while (m.find());
        m.appendTail(out);
        current = out.toString();
      }
      throw new RulesException(
          file + " " + what + ": macros nest too deeply (a macro refers to itself?)");
    }
  }

  /**
   * Makes "a word, then space" steps possessive ({@code \\S+\\s+} becomes {@code \\S++\\s++}): the
   * two classes are disjoint, so the word run never gives back a letter the space run could use,
   * and the matches are the same as long as what follows a step does not itself begin with white
   * space (true of every bundled rule; {@code PatternRewritesTest} compares every rule as written
   * and as rewritten on the test articles). The engine then no longer backtracks through every
   * letter of every word, which made such patterns cost tens of microseconds per sentence. A group
   * of only such a step, as in {@code (?:\\S++\\s++){0,5}?}, matches in one way only wherever it
   * matches, so it becomes atomic, {@code (?>\\S++\\s++){0,5}?}: java.util.regex then repeats it as
   * one node instead of running its general group loop (the seed article's "soll … haben" rule went
   * from 5.1 to 4.3 µs per article).
   */
  static String possessiveWords(String regex) {
    String possessive =
        regex
            .replace("\\S+\\s+", "\\S++\\s++")
            .replace("\\w+\\s+", "\\w++\\s++")
            .replace("\\p{L}+\\s+", "\\p{L}++\\s++")
            .replace("\\p{Ll}+\\s+", "\\p{Ll}++\\s++")
            .replace("[\\p{L}.-]+\\s+", "[\\p{L}.-]++\\s++")
            .replace("[^\\s.!?;]+", "[^\\s.!?;]++");
    for (String step : ATOMIC_STEPS) {
      possessive = possessive.replace("(?:" + step + ")", "(?>" + step + ")");
    }
    return possessive;
  }

  /**
   * Word steps that match in one way only: possessive runs, or a run of white space that must be
   * followed by a char it cannot match.
   */
  private static final List<String> ATOMIC_STEPS =
      List.of(
          "\\S++\\s++",
          "\\w++\\s++",
          "\\p{L}++\\s++",
          "\\p{Ll}++\\s++",
          "[\\p{L}.-]++\\s++",
          "\\s+[^\\s.!?;]++");

  private static String agencyPattern(List<String> agencies) {
    return agencies.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(agency -> agency.replace(" ", "\\s+").replace("-", "\\-"))
        .collect(Collectors.joining("|", "(?-i:\\b(?:", ")\\b)"));
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
    try {
      return Enum.valueOf(type, String.valueOf(value).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RulesException(
          where
              + ": '"
              + value
              + "' is not one of "
              + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static <T> T parse(ObjectMapper yaml, byte[] bytes, String name, Class<T> type) {
    try {
      return yaml.readValue(bytes, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new RulesException(name + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new RulesException(name + ": " + e.getMessage(), e);
    }
  }

  private static void requireFormat(String format, String name) {
    if (!RuleFiles.FORMAT.equals(format)) {
      throw new RulesException(
          name + ": format must be '" + RuleFiles.FORMAT + "', was '" + format + "'");
    }
  }

  private static Set<String> lower(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : orEmpty(values)) {
      out.add(v.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out).isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(out);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void digest(MessageDigest digest, String name, byte[] bytes) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(bytes);
  }
}
