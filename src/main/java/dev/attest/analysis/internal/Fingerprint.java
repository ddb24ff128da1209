package dev.attest.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A claim's identity: a hash of its normalised text (Unicode NFKC, lower case, one kind of quotation mark,
 * whitespace collapsed), so that re-saving an unchanged sentence keeps its id and an edited one gets a new id.
 */
public final class Fingerprint {
  private Fingerprint() {}

  public static String normalise(String sentence) {
    String s = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("[„“”‚‘’«»\"']", "\"");
    return s.replaceAll("\\s+", " ").strip();
  }

  public static String claimId(String sentence) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(normalise(sentence).getBytes(StandardCharsets.UTF_8));
      return "c-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
