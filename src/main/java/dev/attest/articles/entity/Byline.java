package dev.attest.articles.entity;

import java.text.Normalizer;
import java.util.Locale;

/** An article's byline, compared with a person's names ignoring case, accents and punctuation. */
public record Byline(String name) {
  public boolean isOneOf(String... names) {
    if (name == null || name.isBlank()) {
      return false;
    }
    String own = folded(name);
    for (String other : names) {
      if (other != null && !other.isBlank() && folded(other).equals(own)) {
        return true;
      }
    }
    return false;
  }

  private static String folded(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
