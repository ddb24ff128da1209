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
      surrogate |= Character.isSurrogate(c);
      out[n++] = normalChar(c);
    }
    String normal = new String(out, 0, n);
    // earlier versions lower-cased the whole string once more, and ids are stored: that changes
    // text lower-cased char by char only where a letter lies outside the Basic Multilingual Plane
    // (FingerprintTest checks every other char)
    return surrogate ? normal.toLowerCase(Locale.ROOT) : normal;
  }

  /** A char that is no space as the normalised text has it: lower case, one quotation mark. */
  private static char normalChar(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\'' ? '"' : c;
    }
    return isQuoteMark(c) ? '"' : Character.toLowerCase(c);
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
    MessageDigest sha256 = SHA256.get();
    if (!digestStable(sentence, sha256)) {
      sha256.update(normalise(sentence).getBytes(StandardCharsets.UTF_8));
    }
    return "c-" + HexFormat.of().formatHex(sha256.digest(), 0, 8);
  }

  /**
   * For a sentence of {@link #isStable stable} chars (most are): feeds {@link #normalise}'s result
   * to the digest as UTF-8 in one pass, without building it as a string first, and returns true;
   * returns false, having fed nothing, for any other sentence.
   */
  private static boolean digestStable(String sentence, MessageDigest digest) {
    int length = sentence.length();
    if (length > MAX_STABLE_CHARS || !isStable(sentence)) {
      return false;
    }
    byte[] utf8 = UTF8_BUFFER.get();
    int n = 0;
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = sentence.charAt(i);
      if (isWhitespace(c)) {
        space = n > 0;
        continue;
      }
      if (space) {
        utf8[n++] = ' ';
        space = false;
      }
      char lower = normalChar(c);
      if (lower < 0x80) {
        utf8[n++] = (byte) lower;
      } else if (lower < 0x800) {
        utf8[n++] = (byte) (0xc0 | lower >> 6);
        utf8[n++] = (byte) (0x80 | lower & 0x3f);
      } else {
        utf8[n++] = (byte) (0xe0 | lower >> 12);
        utf8[n++] = (byte) (0x80 | lower >> 6 & 0x3f);
        utf8[n++] = (byte) (0x80 | lower & 0x3f);
      }
    }
    digest.update(utf8, 0, n);
    return true;
  }

  /** Sentences up to this long are encoded in a buffer kept per thread (3 bytes a char at most). */
  private static final int MAX_STABLE_CHARS = 4096;

  private static final ThreadLocal<byte[]> UTF8_BUFFER =
      ThreadLocal.withInitial(() -> new byte[3 * MAX_STABLE_CHARS]);

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
