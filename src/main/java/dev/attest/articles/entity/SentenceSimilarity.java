package dev.attest.articles.entity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which earlier claim an edited sentence was: the one sharing the most words (Jaccard similarity of
 * their word sets), if at least half of them.
 */
final class SentenceSimilarity {
  static final double THRESHOLD = 0.5;

  private SentenceSimilarity() {}

  static Claim mostSimilar(Claim claim, Collection<Claim> candidates) {
    Set<String> words = words(claim.text());
    Claim best = null;
    double bestScore = THRESHOLD;
    for (Claim candidate : candidates) {
      double score = jaccard(words, words(candidate.text()));
      if (score >= bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / union.size();
  }

  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
