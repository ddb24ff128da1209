package dev.attest.analysis.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a rule's matches can begin, read off its macro-expanded pattern: at one of a few literal
 * words, at a capital letter, at any word, or only at the start of the searched range. A rule is
 * then tried only at those places instead of at every character, which is what made long,
 * name-shaped patterns cost tens of microseconds per sentence. The places are a superset of the
 * real match starts, so matches are unchanged; a pattern whose start cannot be read (a character
 * class, {@code \s}, a look-behind) may begin {@link #anywhere()}.
 *
 * @param literals lower-case literal beginnings; those that begin with a letter or digit after
 *     {@code \b} must begin a word
 * @param wordsContaining lower-case literals that a match's first word contains ({@code
 *     \b\w*blogger}): the match begins where that word does
 * @param capitals a match may begin at an upper-case letter (a case-sensitive {@code \p{Lu}}) that
 *     begins a word
 * @param capitalsInWords a match may begin at any upper-case letter
 * @param words a match may begin at any word ({@code \b\w}, {@code \b\p{L}})
 * @param rangeStart a match may begin only at the start of the searched range ({@code ^})
 * @param anywhere a match may begin anywhere: the other fields say nothing
 */
public record Starts(
    List<Trigger> literals,
    List<Trigger> wordsContaining,
    boolean capitals,
    boolean capitalsInWords,
    boolean words,
    boolean rangeStart,
    boolean anywhere) {

  static final Starts ANYWHERE = new Starts(List.of(), List.of(), false, false, false, false, true);
  private static final Starts NOTHING =
      new Starts(List.of(), List.of(), false, false, false, false, false);
  private static final Starts RANGE_START =
      new Starts(List.of(), List.of(), false, false, false, true, false);

  /** A class of more plain chars than this ends a literal instead of spelling it several ways. */
  private static final int MAX_SPELLINGS = 3;

  private static final String LITERAL_PUNCTUATION = "-'’,;:„“”\"«»‚‘%&";

  public Starts {
    literals = List.copyOf(literals);
    wordsContaining = List.copyOf(wordsContaining);
  }

  /**
   * The triggers of a rule that names none: its literal starts when only literal words begin a
   * match (one of them must then occur wherever the rule matches), else none (the rule is always
   * tried).
   */
  List<Trigger> derivedTriggers() {
    boolean literalOnly = !anywhere && !capitals && !capitalsInWords && !words && !rangeStart;
    if (!literalOnly) {
      return List.of();
    }
    List<Trigger> all = new ArrayList<>(literals);
    wordsContaining.stream().filter(t -> !all.contains(t)).forEach(all::add);
    return all;
  }

  /** Whether a match may begin at {@code ^} and elsewhere too. */
  public boolean mixed() {
    return rangeStart
        && (capitals
            || capitalsInWords
            || words
            || !literals.isEmpty()
            || !wordsContaining.isEmpty());
  }

  /**
   * The starts of every match of {@code regex} (macros expanded; look-arounds are stepped over).
   */
  static Starts of(String regex) {
    Starts result = alternatives(regex, "", false, false);
    // elsewhere than at the range start, "^" is kept from matching by dropping the anchoring
    // bounds, which would
    // also move "$" from the range end to the text end
    return result.mixed() && RegexText.hasEndAnchor(regex) ? ANYWHERE : result;
  }

  /**
   * The starts of a group's body (the text between its opening and its closing parenthesis), read
   * as if nothing followed the group.
   *
   * @param wordStart the group begins a word (it follows {@code \b} or white space)
   */
  static Starts ofGroup(String body, boolean wordStart) {
    return ofGroup(body, wordStart, false);
  }

  /**
   * @param caseSensitive the group matches case-sensitively (it is a {@code (?-i:…)} group): its
   *     literal words are {@link Trigger#exact() exact}
   */
  static Starts ofGroup(String body, boolean wordStart, boolean caseSensitive) {
    return alternatives(body, "", wordStart, caseSensitive);
  }

  /**
   * The starts of the alternatives of {@code regex}, each followed by {@code then} (what comes
   * after the enclosing group, read when an alternative matches no text of its own).
   */
  private static Starts alternatives(
      String regex, String then, boolean wordStart, boolean caseSensitive) {
    Starts result = NOTHING;
    for (String alternative : RegexText.splitTopLevel(regex)) {
      result = result.or(alternative(alternative, then, wordStart, caseSensitive));
      if (result.anywhere) {
        return ANYWHERE;
      }
    }
    return result;
  }

  private static Starts alternative(
      String s, String then, boolean wordStartBefore, boolean caseSensitiveBefore) {
    boolean wordStart = wordStartBefore;
    boolean caseSensitive = caseSensitiveBefore;
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("\\b", i)) {
        wordStart = true;
        i += 2;
      } else if (s.startsWith("(?i)", i)) {
        caseSensitive = false;
        i += 4;
      } else if (s.startsWith("(?-i)", i)) {
        caseSensitive = true;
        i += 5;
      } else if (isLookAround(s, i)) {
        int close = RegexText.closing(s, i);
        if (close < 0) {
          return ANYWHERE;
        }
        i = close + 1;
      } else if (s.charAt(i) == '^') {
        return RANGE_START;
      } else {
        break;
      }
    }
    if (i >= s.length()) {
      return then.isEmpty() ? ANYWHERE : alternative(then, "", wordStart, caseSensitive);
    }
    char c = s.charAt(i);
    if (c == '(') {
      return group(s, i, then, wordStart, caseSensitive);
    }
    if (c == '[') {
      return characterClass(s, i);
    }
    if (c == '\\' && i + 1 < s.length() && !isEscapedLiteral(s.charAt(i + 1))) {
      return escape(s, i, wordStart, caseSensitive);
    }
    return literal(s, i, wordStart, caseSensitive);
  }

  private static boolean isLookAround(String s, int i) {
    return s.startsWith("(?=", i)
        || s.startsWith("(?!", i)
        || s.startsWith("(?<=", i)
        || s.startsWith("(?<!", i);
  }

  private static Starts group(
      String s, int open, String then, boolean wordStart, boolean caseSensitive) {
    int bodyStart = RegexText.groupBodyStart(s, open);
    if (bodyStart < 0) {
      return ANYWHERE;
    }
    boolean sensitive = RegexText.matchesCaseSensitively(s, open, caseSensitive);
    int close = RegexText.closing(s, open);
    if (close < 0 || bodyStart <= open) {
      return ANYWHERE;
    }
    int after = close + 1;
    boolean optional =
        after < s.length()
            && (s.charAt(after) == '?' || s.charAt(after) == '*' || s.startsWith("{0", after));
    String rest =
        after < s.length() && "?*+{".indexOf(s.charAt(after)) >= 0
            ? s.substring(skipQuantifier(s, after))
            : s.substring(after);
    // what follows the group, read when the body may match no text, keeps the case of outside it
    String next =
        (sensitive == caseSensitive ? "" : caseSensitive ? "(?-i)" : "(?i)") + rest + then;
    Starts inside = alternatives(s.substring(bodyStart, close), next, wordStart, sensitive);
    return optional ? inside.or(alternative(next, "", wordStart, caseSensitive)) : inside;
  }

  /**
   * A class of literal characters such as {@code [”"’»]}: each is a one-character literal start.
   */
  private static Starts characterClass(String s, int open) {
    int close = s.indexOf(']', open + 1);
    if (close < 0 || s.charAt(open + 1) == '^') {
      return ANYWHERE;
    }
    List<Trigger> literals = new ArrayList<>();
    for (int k = open + 1; k < close; k++) {
      char c = s.charAt(k);
      if (c == '\\' || c == '-' || c == '[' || c == '&') {
        return ANYWHERE;
      }
      literals.add(new Trigger(String.valueOf(Character.toLowerCase(c)), false));
    }
    return new Starts(literals, List.of(), false, false, false, false, false);
  }

  private static Starts escape(String s, int i, boolean wordStart, boolean caseSensitive) {
    String rest = s.substring(i);
    if (caseSensitive && rest.startsWith("\\p{Lu}")) {
      return new Starts(List.of(), List.of(), wordStart, !wordStart, false, false, false);
    }
    if (wordStart && (rest.startsWith("\\w*") || rest.startsWith("\\p{L}*"))) {
      Starts contained = wordContaining(rest.substring(rest.indexOf('*') + 1));
      if (contained != null) {
        return contained;
      }
    }
    boolean wordChar =
        rest.startsWith("\\w")
            || rest.startsWith("\\d")
            || rest.startsWith("\\p{L")
            || rest.startsWith("\\p{Alpha}");
    return wordChar && wordStart
        ? new Starts(List.of(), List.of(), false, false, true, false, false)
        : ANYWHERE;
  }

  /**
   * After {@code \b\w*}: when a literal of letters follows, a match begins at the start of the word
   * holding that literal; else null.
   */
  private static Starts wordContaining(String afterStar) {
    String rest =
        afterStar.startsWith("?") || afterStar.startsWith("+") ? afterStar.substring(1) : afterStar;
    if (rest.startsWith("(?:")) {
      return wordContainingOneOf(rest);
    }
    int end = 0;
    while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
      end++;
    }
    if (end < rest.length() && "?*{".indexOf(rest.charAt(end)) >= 0) {
      end--;
    }
    if (end < 2) {
      return null;
    }
    String literal = lowerCharByChar(rest.substring(0, end));
    return new Starts(
        List.of(), List.of(new Trigger(literal, false)), false, false, false, false, false);
  }

  /**
   * After {@code \b\w*}: when a group of literal words follows ({@code \b\w*?(?:amt|ministerium)}),
   * a match begins at the start of the word holding one of them; else null.
   */
  private static Starts wordContainingOneOf(String group) {
    int close = RegexText.closing(group, 0);
    boolean optional =
        close < 0
            || close + 1 < group.length()
                && ("?*".indexOf(group.charAt(close + 1)) >= 0
                    || group.startsWith("{0", close + 1));
    if (optional) {
      return null;
    }
    List<Trigger> words = ofGroup(group.substring(3, close), false).derivedTriggers();
    if (words.isEmpty() || words.stream().anyMatch(w -> w.length() < 2)) {
      return null;
    }
    return new Starts(
        List.of(),
        words.stream().map(w -> new Trigger(w.text(), false)).toList(),
        false,
        false,
        false,
        false,
        false);
  }

  private static Starts literal(String s, int from, boolean wordStart, boolean caseSensitive) {
    StringBuilder literal = new StringBuilder();
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ' ' || LITERAL_PUNCTUATION.indexOf(c) >= 0) {
        literal.append(c);
        i++;
      } else if (c == '\\' && i + 1 < s.length() && isEscapedLiteral(s.charAt(i + 1))) {
        literal.append(s.charAt(i + 1));
        i += 2;
      } else {
        break;
      }
    }
    if (i < s.length() && "?*{".indexOf(s.charAt(i)) >= 0 && literal.length() > 0) {
      literal.setLength(literal.length() - 1);
    }
    if (literal.length() == 0) {
      return ANYWHERE;
    }
    Starts spelled = spellings(s, from, i, wordStart, caseSensitive);
    if (spelled != null) {
      return spelled;
    }
    String word = lowerCharByChar(literal.toString());
    return new Starts(
        List.of(
            new Trigger(
                word,
                wordStart && Character.isLetterOrDigit(word.charAt(0)),
                caseSensitive ? literal.toString() : null)),
        List.of(),
        false,
        false,
        false,
        false,
        false);
  }

  /**
   * When the literal {@code s[from, end)} goes on with a small class of plain chars ({@code
   * d['’]après}, both apostrophes): one literal for each of them, each read on to its end; else
   * null.
   */
  private static Starts spellings(
      String s, int from, int end, boolean wordStart, boolean caseSensitive) {
    if (end >= s.length() || s.charAt(end) != '[') {
      return null;
    }
    int close = s.indexOf(']', end);
    boolean quantified = close + 1 < s.length() && "?*+{".indexOf(s.charAt(close + 1)) >= 0;
    if (close < 0 || close - end - 1 > MAX_SPELLINGS || close == end + 1 || quantified) {
      return null;
    }
    String chars = s.substring(end + 1, close);
    if (chars.chars().anyMatch(c -> "\\^-[&".indexOf(c) >= 0)) {
      return null;
    }
    String prefix = s.substring(from, end);
    String rest = s.substring(close + 1);
    Starts all = NOTHING;
    for (char c : chars.toCharArray()) {
      all = all.or(literal(prefix + c + rest, 0, wordStart, caseSensitive));
    }
    return all;
  }

  /**
   * Lower case char by char, as the text that literals are looked for in (its offsets stay those of
   * the text).
   */
  private static String lowerCharByChar(String literal) {
    char[] lower = literal.toCharArray();
    for (int k = 0; k < lower.length; k++) {
      lower[k] = Character.toLowerCase(lower[k]);
    }
    return new String(lower);
  }

  private static boolean isEscapedLiteral(char c) {
    return ".-'’,;:\"".indexOf(c) >= 0;
  }

  private static int skipQuantifier(String s, int at) {
    int i = at;
    if (s.charAt(i) == '{') {
      i = s.indexOf('}', i) + 1;
    } else {
      i++;
    }
    if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
      i++;
    }
    return i;
  }

  private Starts or(Starts other) {
    if (anywhere || other.anywhere) {
      return ANYWHERE;
    }
    List<Trigger> all = new ArrayList<>(literals);
    other.literals.stream().filter(t -> !all.contains(t)).forEach(all::add);
    List<Trigger> containing = new ArrayList<>(wordsContaining);
    other.wordsContaining.stream().filter(t -> !containing.contains(t)).forEach(containing::add);
    return new Starts(
        all,
        containing,
        capitals || other.capitals,
        capitalsInWords || other.capitalsInWords,
        words || other.words,
        rangeStart || other.rangeStart,
        false);
  }
}
