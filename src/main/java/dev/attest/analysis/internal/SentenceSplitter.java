package dev.attest.analysis.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import dev.attest.analysis.rules.LanguageRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Splits blocks of the visible text into sentences with ICU4J's sentence rules, suppressing breaks
 * after the language's abbreviations ("z. B.", "Dr.", "f.eks."). Three repairs follow ICU: a
 * "sentence" that starts with a lower-case letter continues the previous one, an ordinal before a
 * month ("3. Oktober") never ends a sentence, and a closing quotation mark after a space ("… fin.
 * »") ends the quotation it closes rather than beginning the next sentence.
 *
 * <p>Most news paragraphs are one sentence. ICU's rules (Unicode's UAX #29) end a sentence only
 * after a terminator ({@code Sentence_Break} STerm or ATerm) or a paragraph separator, so a block
 * with none of them before its final terminators, closing marks and spaces is one sentence without
 * asking ICU.
 */
public final class SentenceSplitter {
  private static final BitSet ENDS =
      bmp(
          "[[:Sentence_Break=STerm:][:Sentence_Break=ATerm:][:Sentence_Break=Sep:]"
              + "[:Sentence_Break=CR:][:Sentence_Break=LF:]]");
  private static final BitSet TERMINATORS =
      bmp("[[:Sentence_Break=STerm:][:Sentence_Break=ATerm:]]");
  private static final BitSet CLOSES = bmp("[:Sentence_Break=Close:]");
  private static final BitSet SPACES = bmp("[:Sentence_Break=Sp:]");

  private final ConcurrentMap<String, BreakIterator> prototypes = new ConcurrentHashMap<>();
  private final ThreadLocal<java.util.Map<String, BreakIterator>> perThread =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /**
   * The sentences of one block: the same as those of the whole text that lie in the block, since a
   * line break always ends a sentence.
   */
  public List<Sentence> split(ArticleText article, Block block, LanguageRules rules) {
    List<int[]> spans = spans(article.text(), block.start(), block.end(), rules);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      sentences.add(new Sentence(span[0], Math.min(span[1], block.end()), block));
    }
    return sentences;
  }

  private List<int[]> spans(String text, int from, int to, LanguageRules rules) {
    if (isOneSentence(text, from, to)) {
      int s = skipSpace(text, from, to);
      int e = trimEnd(text, s, to);
      return e > s ? List.<int[]>of(new int[] {s, e}) : List.of();
    }
    BreakIterator breaker =
        perThread
            .get()
            .computeIfAbsent(rules.code(), code -> (BreakIterator) prototype(rules).clone());
    // given the range as a CharacterIterator over the whole text, the reused filtered iterator
    // missed breaks
    // (SentenceSplitterTest): it gets the range as a string of its own
    breaker.setText(from == 0 && to == text.length() ? text : text.substring(from, to));
    List<int[]> spans = new ArrayList<>();
    int start = breaker.first() + from;
    for (int end = next(breaker, from);
        end != BreakIterator.DONE;
        start = end, end = next(breaker, from)) {
      int s = skipSpace(text, start, end);
      int e = trimEnd(text, s, end);
      if (!spans.isEmpty()) {
        s = takeClosingMarks(text, spans.get(spans.size() - 1), s, e);
      }
      if (e <= s) {
        continue;
      }
      if (!spans.isEmpty() && continuesPrevious(text, spans.get(spans.size() - 1), s, rules)) {
        spans.get(spans.size() - 1)[1] = e;
      } else {
        spans.add(new int[] {s, e});
      }
    }
    breaker.setText("");
    return spans;
  }

  /**
   * Whether ICU would find no break inside {@code [from, to)}: no terminator or separator occurs
   * before a tail of terminators, then closing marks, then spaces (as in {@code ?!«}). A surrogate
   * (a terminator may lie outside the Basic Multilingual Plane) leaves the answer to ICU.
   */
  static boolean isOneSentence(String text, int from, int to) {
    int i = from;
    while (i < to && !ENDS.get(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) {
      i++;
    }
    while (i < to && TERMINATORS.get(text.charAt(i))) {
      i++;
    }
    while (i < to && CLOSES.get(text.charAt(i))) {
      i++;
    }
    while (i < to && SPACES.get(text.charAt(i))) {
      i++;
    }
    return i == to;
  }

  private static BitSet bmp(String unicodeSet) {
    UnicodeSet set = new UnicodeSet(unicodeSet);
    BitSet chars = new BitSet(0x10000);
    for (int r = 0; r < set.getRangeCount() && set.getRangeStart(r) <= 0xffff; r++) {
      chars.set(set.getRangeStart(r), Math.min(set.getRangeEnd(r), 0xffff) + 1);
    }
    return chars;
  }

  private static int next(BreakIterator breaker, int offset) {
    int next = breaker.next();
    return next == BreakIterator.DONE ? next : next + offset;
  }

  private BreakIterator prototype(LanguageRules rules) {
    return prototypes.computeIfAbsent(
        rules.code(),
        code -> {
          ULocale locale = new ULocale(code);
          // ICU's own lists suppress breaks after any word ending like "r." in German ("Jahr.",
          // "Müller."):
          // start empty and use the rules' abbreviations only
          FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
          for (String abbreviation : rules.abbreviations()) {
            builder.suppressBreakAfter(abbreviation);
          }
          return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        });
  }

  /** The quotation marks that close a quotation, each with the marks that open one it may close. */
  private static final String[] CLOSERS = {"»«", "”“„", "“„", "’‘‚", "«»", "›‹", "‹›"};

  /**
   * Gives the previous sentence the closing quotation marks that begin this one ("… Français. »":
   * ICU ends the sentence after the space before "»") when the previous sentence has a quotation
   * they close; returns where this sentence then begins.
   */
  private static int takeClosingMarks(String text, int[] previous, int start, int end) {
    int s = start;
    while (s < end && closesQuoteIn(text, previous[0], previous[1], text.charAt(s))) {
      previous[1] = s + 1;
      s = skipSpace(text, s + 1, end);
    }
    return s;
  }

  private static boolean closesQuoteIn(String text, int from, int to, char c) {
    for (String closer : CLOSERS) {
      if (closer.charAt(0) == c) {
        int open = 0;
        for (int i = from; i < to; i++) {
          char t = text.charAt(i);
          if (t == c) {
            open--;
          } else if (closer.indexOf(t, 1) > 0) {
            open++;
          }
        }
        if (open > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean continuesPrevious(
      String text, int[] previous, int start, LanguageRules rules) {
    for (int i = previous[1]; i < start; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    char first = firstLetter(text, start);
    if (Character.isLowerCase(first)) {
      return true;
    }
    int end = previous[1];
    boolean ordinal =
        end >= 2 && text.charAt(end - 1) == '.' && Character.isDigit(text.charAt(end - 2));
    return ordinal && rules.months().contains(firstWord(text, start))
        || endsWithAbbreviation(text, previous[0], end, rules.abbreviations());
  }

  /**
   * Whether the segment ends with one of the language's abbreviations ("bl.a.", "f.eks.", "o.a."):
   * ICU only suppresses breaks after single-dot abbreviations, so those with inner dots are
   * repaired here.
   */
  private static boolean endsWithAbbreviation(
      String text, int from, int end, List<String> abbreviations) {
    for (String abbreviation : abbreviations) {
      int at = end - abbreviation.length();
      if (at >= from
          && text.regionMatches(false, at, abbreviation, 0, abbreviation.length())
          && (at == from || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static char firstLetter(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
      if (c == '\n') {
        break;
      }
    }
    return ' ';
  }

  private static String firstWord(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
