package dev.attest.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A claim's identity: a hash of its normalised text (Unicode NFKC, lower case, one kind of
 * quotation mark, whitespace collapsed), so that re-saving an unchanged sentence keeps its id and
 * an edited one gets a new id.
 */
public final class Fingerprint {
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(Fingerprint::sha256);

  private Fingerprint() {}

  public static String normalise(String sentence) {
    String s =
        isStable(sentence) || Normalizer.isNormalized(sentence, Normalizer.Form.NFKC)
            ? sentence
            : Normalizer.normalize(sentence, Normalizer.Form.NFKC);
    char[] out = new char[s.length()];
    int n = 0;
    boolean space = false;
    boolean surrogate = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isWhitespace(c)) {
        space = n > 0;
        continue;
      }
      if (space) {
        out[n++] = ' ';
        space = false;
      }
      if (c < 128) {
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\'' ? '"' : c;
      } else {
        surrogate |= Character.isSurrogate(c);
        out[n++] = isQuoteMark(c) ? '"' : Character.toLowerCase(c);
      }
    }
    String normal = new String(out, 0, n);
    // earlier versions lower-cased the whole string once more, and ids are stored: that changes
    // text lower-cased char by char only where a letter lies outside the Basic Multilingual Plane
    // (FingerprintTest checks every other char)
    return surrogate ? normal.toLowerCase(Locale.ROOT) : normal;
  }

  /** {@link Character#isWhitespace(char)}, answered at once for the space and printable ASCII. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || (c < ' ' || c >= 128) && Character.isWhitespace(c);
  }

  private static boolean isQuoteMark(char c) {
    return switch (c) {
      case '„', '“', '”', '‚', '‘', '’', '«', '»', '\'' -> true;
      default -> false;
    };
  }

  /**
   * Whether every char is one that NFKC leaves alone and that cannot combine with its neighbour:
   * ASCII, the Latin-1 letters, dashes and quotation marks; most sentences are, and the check costs
   * far less than the normaliser's.
   */
  private static boolean isStable(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      boolean stable =
          c < 0xa0
              || c >= 0xc0 && c <= 0xff
              || c == 0x2013
              || c == 0x2014
              || c >= 0x2018 && c <= 0x201f;
      if (!stable) {
        return false;
      }
    }
    return true;
  }

  public static String claimId(String sentence) {
    byte[] hash = SHA256.get().digest(normalise(sentence).getBytes(StandardCharsets.UTF_8));
    return "c-" + HexFormat.of().formatHex(hash, 0, 8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
