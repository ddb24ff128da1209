package dev.attest.analysis.internal;

import dev.attest.analysis.rules.LanguageRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds figures in a sentence: numbers that count, measure or price something. Years and spans of
 * years ("2025/26"), calendar dates ("3. Oktober", "12.03.2024", "March 3"), times of day ("14:30",
 * "14 Uhr") and numbers that are part of a name ("G7", "COVID-19", "Kreisstraße 48") are not
 * figures.
 */
final class FigureCues {
  private static final java.util.regex.Pattern CLOCK =
      java.util.regex.Pattern.compile("(?:[01]?\\d|2[0-3])[.:h][0-5]\\d");

  /** Times and dates written with digits only: 14:30(:15), 3.10.(2024), 12/03/2024. */
  private static final java.util.regex.Pattern DIGIT_TIME_OR_DATE =
      java.util.regex.Pattern.compile(
          "\\d{1,2}:\\d{2}(:\\d{2})?|\\d{1,2}\\.\\d{1,2}\\.(\\d{2}|\\d{4})?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");

  /** An ISO date or a span of years, as a school or season year ("2025/26", "2024–2025"). */
  private static final java.util.regex.Pattern YEAR_SPAN =
      java.util.regex.Pattern.compile(
          "(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d)|(?:19|20)\\d{2} ?[/–-] ?(?:(?:19|20)\\d{2}|\\d{2})(?!\\d)");

  private static final int YEAR_MIN = 1000;
  private static final int MODERN_YEAR_MIN = 1900;
  private static final java.util.Set<String> YEAR_WORDS =
      java.util.Set.of(
          "im", "in", "seit", "jahr", "jahre", "anno", "since", "year", "until", "år", "i", "siden",
          "sedan", "en", "año", "desde", "an", "depuis", "jaar", "sinds", "sinde", "de", "del",
          "von", "bis", "ab", "vor", "um", "from", "to");
  private static final int YEAR_MAX = 2100;

  private FigureCues() {}

  /** Spans {start, end} of figure cues in {@code [from, to)}: the number and the word it counts. */
  static List<int[]> find(String text, int from, int to, LanguageRules rules) {
    List<int[]> cues = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!CharKinds.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      java.util.regex.Matcher years = YEAR_SPAN.matcher(text).region(start, to);
      if (years.lookingAt()) {
        i = years.end();
        continue;
      }
      int end = numberEnd(text, i, to);
      i = end;
      if (!isDateTimeOrName(text, start, end, from, to, rules)) {
        cues.add(new int[] {figureStart(text, start, from), cueEnd(text, end, to, rules)});
      }
    }
    return cues;
  }

  private static int numberEnd(String text, int i, int to) {
    int end = i;
    while (end < to) {
      char c = text.charAt(end);
      if (Character.isDigit(c)) {
        end++;
      } else if ((c == '.'
              || c == ','
              || c == ':'
              || c == '\u00a0'
              || c == '\u202f'
              || c == '\''
              || c == ' ')
          && end + 1 < to
          && Character.isDigit(text.charAt(end + 1))
          && (c != ' ' || groupOfThree(text, end + 1, to))) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean groupOfThree(String text, int at, int to) {
    int n = 0;
    while (at + n < to && Character.isDigit(text.charAt(at + n))) {
      n++;
    }
    return n == 3;
  }

  private static boolean isDateTimeOrName(
      String text, int start, int end, int from, int to, LanguageRules rules) {
    if (start > from && Character.isLetter(text.charAt(start - 1))) {
      return true; // G7, A4
    }
    if (start > from + 1
        && text.charAt(start - 1) == '-'
        && Character.isLetter(text.charAt(start - 2))) {
      return true; // COVID-19
    }
    if (end + 1 < to && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
      return true; // 45-Jährige
    }
    String number = text.substring(start, end);
    if (CLOCK.matcher(number).matches()
            && (followedByTimeWord(text, end, to, rules)
                || rules.timeWords().contains(wordBefore(text, start, from)))
        || DIGIT_TIME_OR_DATE.matcher(number).matches()) {
      return true;
    }
    if (end < to
        && (text.charAt(end) == '/' || text.charAt(end) == '-')
        && end + 1 < to
        && Character.isDigit(text.charAt(end + 1))) {
      return true; // 2023/24, 12/03/2024, 2024-03-12
    }
    if (number.length() == 4 && number.chars().allMatch(Character::isDigit)) {
      int value = Integer.parseInt(number);
      boolean plausibleYear =
          value >= MODERN_YEAR_MIN && value <= YEAR_MAX
              || value >= YEAR_MIN && YEAR_WORDS.contains(wordBefore(text, start, from));
      if (plausibleYear && !followedByUnitSymbol(text, end, to)) {
        return true; // 2024, im Jahr 1848 (but 1200 Mitarbeiter is a figure)
      }
    }
    String suffix = attachedLetters(text, end, to);
    if (rules.timeWords().contains(suffix)) {
      return true; // 10am, 14h
    }
    String next = wordAfter(text, end, to);
    String previous = wordBefore(text, start, from);
    if (rules.months().contains(next) || rules.months().contains(previous)) {
      return true;
    }
    if (namesTheNumber(previous, rules)) {
      return true; // Kreisstraße 48, Highway 16
    }
    if (("de".equals(next) || "del".equals(next) || "of".equals(next))
        && rules.months().contains(wordAfter(text, skipWord(text, end, to), to))) {
      return true; // 3 de octubre, 3rd of March
    }
    int value =
        number.length() <= 2 && number.chars().allMatch(Character::isDigit)
            ? Integer.parseInt(number)
            : Integer.MAX_VALUE;
    boolean clock = value <= 24 || value <= 59 && previous.equals("h"); // kl. 14, 23 h 59
    return rules.timeWords().contains(next) || clock && rules.timeWords().contains(previous);
  }

  /**
   * Whether the word before a number makes it a name: one of the language's number names, or a
   * compound that ends in one ("Kreisstraße" with "straße").
   */
  private static boolean namesTheNumber(String previous, LanguageRules rules) {
    if (previous.isEmpty()) {
      return false;
    }
    if (rules.numberNames().contains(previous)) {
      return true;
    }
    for (String name : rules.numberNames()) {
      if (name.length() >= 3 && previous.endsWith(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedByTimeWord(String text, int end, int to, LanguageRules rules) {
    return rules.timeWords().contains(wordAfter(text, end, to));
  }

  private static boolean followedByUnitSymbol(String text, int end, int to) {
    int i = end;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    return i < to && "%‰€$£¥".indexOf(text.charAt(i)) >= 0;
  }

  /** The next word, lower case, skipping an ordinal dot or suffix ("3." "3rd" "3e"). */
  private static String wordAfter(String text, int end, int to) {
    int i = end;
    while (i < to && Character.isLetter(text.charAt(i))) {
      i++; // ordinal suffix: 3rd, 3e, 3º
    }
    while (i < to
        && (text.charAt(i) == '.'
            || text.charAt(i) == ' '
            || text.charAt(i) == '\u00a0'
            || text.charAt(i) == 'º')) {
      i++;
    }
    int start = i;
    while (i < to && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(start, i).toLowerCase(Locale.ROOT);
  }

  private static String attachedLetters(String text, int end, int to) {
    int i = end;
    while (i < to && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(end, i).toLowerCase(Locale.ROOT);
  }

  private static int skipWord(String text, int end, int to) {
    int i = end;
    while (i < to && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    while (i < to && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String wordBefore(String text, int start, int from) {
    int i = start;
    while (i > from
        && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '.' || text.charAt(i - 1) == ',')) {
      i--;
    }
    int end = i;
    while (i > from && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, end).toLowerCase(Locale.ROOT);
  }

  private static int figureStart(String text, int start, int from) {
    return start > from && "€$£¥".indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start;
  }

  /**
   * Ends the cue after a unit symbol or the counted word ("15.000 Soldaten", "3,2 %"), not after a
   * stop word.
   */
  private static int cueEnd(String text, int end, int to, LanguageRules rules) {
    int i = end;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i < to && "%‰€$£¥".indexOf(text.charAt(i)) >= 0) {
      return i + 1;
    }
    int wordEnd = i;
    while (wordEnd < to
        && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
      wordEnd++;
    }
    boolean counted =
        wordEnd > i
            && !rules.stopwords().contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
    return counted ? wordEnd : end;
  }
}
