package dev.attest.analysis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in a block: text between a pair of quotation marks („…“ “…” «…» »…« ”…”
 * "…") with at least a minimum number of words, as white space separates them (shorter ones are
 * scare quotes or names: „KI@Schule“).
 */
final class QuoteCues {
  private static final int TABLE = 256;

  private final List<String> pairs;
  private final int minWords;
  private final String openers;

  /**
   * For chars below {@link #TABLE}: whether one opens a quotation; most text is decided here
   * without a search.
   */
  private final boolean[] lowOpeners = new boolean[TABLE];

  QuoteCues(List<String> pairs, int minWords) {
    this.pairs = List.copyOf(pairs);
    this.minWords = minWords;
    StringBuilder openerChars = new StringBuilder(pairs.size());
    for (String pair : pairs) {
      char opener = pair.charAt(0);
      openerChars.append(opener);
      if (opener < TABLE) {
        lowOpeners[opener] = true;
      }
    }
    this.openers = openerChars.toString();
  }

  List<int[]> find(String text, int from, int to) {
    List<int[]> quotes = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!isOpener(c)) {
        i++;
        continue;
      }
      int close = -1;
      for (String pair : pairs) {
        if (c == pair.charAt(0) && opensHere(text, i, from, pair)) {
          close = indexOf(text, pair.charAt(1), i + 1, to);
          break;
        }
      }
      if (close > i) {
        if (WordCount.spaced(text, i + 1, close, minWords) >= minWords) {
          quotes.add(new int[] {i, close + 1});
        }
        i = close + 1;
      } else {
        i++;
      }
    }
    return quotes;
  }

  private boolean isOpener(char c) {
    return c < TABLE ? lowOpeners[c] : openers.indexOf(c) >= 0;
  }

  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** A quotation mark that is also its own closer must start a word to open a quote. */
  private static boolean opensHere(String text, int i, int from, String pair) {
    if (pair.charAt(0) != pair.charAt(1)) {
      return true;
    }
    return i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
  }
}
