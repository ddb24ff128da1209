package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A claim keeps its id through changes that do not change its wording, and only through those. */
class FingerprintTest {

  @Test
  void caseSpacingAndQuotationMarksDoNotChangeTheId() {
    String id = Fingerprint.claimId("„Das ist ein Skandal“, sagte ein Anwohner.");
    assertEquals(id, Fingerprint.claimId("\"das ist  ein SKANDAL\",\n sagte ein Anwohner."));
    assertEquals(id, Fingerprint.claimId("«Das ist ein Skandal», sagte ein Anwohner."));
  }

  @Test
  void compatibilityAndCombiningFormsReadAsTheirPlainLetters() {
    assertEquals(
        Fingerprint.claimId("Rund 15.000 Soldaten fielen."),
        Fingerprint.claimId("Rund 15.000 Soldaten \ufb01elen."));
    assertEquals(
        Fingerprint.claimId("Die Finanzämter prüfen."),
        Fingerprint.claimId("Die Finanza\u0308mter prüfen."));
    assertEquals(
        Fingerprint.claimId("Die Firma zahlt 2 Euro."),
        Fingerprint.claimId("Die Firma zahlt ２ Euro."));
    assertEquals("die firma zahlt 2 euro.", Fingerprint.normalise("Die Firma zahlt ２ Euro."));
  }

  @Test
  void anEditedSentenceGetsANewId() {
    assertNotEquals(
        Fingerprint.claimId("Rund 15.000 Soldaten sollen gefallen sein."),
        Fingerprint.claimId("Rund 16.000 Soldaten sollen gefallen sein."));
  }

  /**
   * Ids are stored with sign-offs: an unchanged sentence must keep the id earlier versions of
   * attest gave it, or its sign-off would no longer match after an upgrade.
   */
  @Test
  void idsStayThoseEarlierVersionsStored() {
    assertEquals(
        "c-bf1f4e90e7e60ff1", Fingerprint.claimId("„Das ist ein Skandal“, sagte ein Anwohner."));
    assertEquals(
        "c-0b8794712ffd0142", Fingerprint.claimId("Rund 15.000 Soldaten sollen gefallen sein."));
    assertEquals("οδοσ istanbul \"x\" y", Fingerprint.normalise("ΟΔΟΣ İstanbul 'x'  y"));
    assertEquals("c-7e0aefdd2921bda7", Fingerprint.claimId("ΟΔΟΣ İstanbul 'x'  y"));
  }

  /**
   * Lower-casing the text once more as a whole, as earlier versions did, would change no char that
   * is already lower-cased char by char: only letters outside the Basic Multilingual Plane need it.
   */
  @Test
  void lowerCasingCharByCharIsFinalForEveryCharOfTheBasicPlane() {
    for (int c = 0; c < 0x10000; c++) {
      if (!Character.isSurrogate((char) c)) {
        String lower = String.valueOf(Character.toLowerCase((char) c));
        assertEquals(
            lower, lower.toLowerCase(java.util.Locale.ROOT), "U+" + Integer.toHexString(c));
        assertEquals(
            Fingerprint.normalise("x" + (char) c + "y").toLowerCase(java.util.Locale.ROOT),
            Fingerprint.normalise("x" + (char) c + "y"),
            "U+" + Integer.toHexString(c));
      }
    }
  }

  /** Letters outside the Basic Multilingual Plane are lower-cased too; the id follows the text. */
  @Test
  void supplementaryLettersAreLowerCased() {
    assertEquals(
        "\ud801\udc28bc \ud801\udc28", Fingerprint.normalise("\ud801\udc00BC \ud801\udc28"));
    assertEquals(Fingerprint.claimId("\ud801\udc28 x"), Fingerprint.claimId("\ud801\udc00 X"));
    assertEquals(Fingerprint.claimId("Ärger: 3 €."), Fingerprint.claimId("ärger:  3 €."));
  }

  /** The id is the first 8 bytes of the SHA-256 of the normalised text's UTF-8, for any letter. */
  @Test
  void theIdHashesTheUtf8OfTheNormalisedText() throws Exception {
    for (int from = 0x20; from < 0x10000; from += 0x400) {
      StringBuilder text = new StringBuilder();
      for (int c = from; c < from + 0x400; c += 7) {
        if (!Character.isSurrogate((char) c)) {
          text.append((char) c);
        }
      }
      assertEquals(
          expectedId(text.toString()),
          Fingerprint.claimId(text.toString()),
          "chars from U+" + Integer.toHexString(from));
    }
  }

  /**
   * Most sentences are hashed in one pass without building the normalised text: the id is the same,
   * for sentences of only the chars that pass handles and for sentences mixed with others.
   */
  @Test
  void theOnePassHashGivesTheSameId() throws Exception {
    java.util.Random random = new java.util.Random(42);
    String handled = "aZ 09.,'\"\t\n\u0085ÄßéÿÀ×÷–—‘’‚‛“”„‟";
    String mixed = handled + "\u00a0«»€ΣЖ\ufb01\u0308２";
    for (int k = 0; k < 4000; k++) {
      String chars = k % 2 == 0 ? handled : mixed;
      StringBuilder sentence = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        sentence.append(chars.charAt(random.nextInt(chars.length())));
      }
      assertEquals(
          expectedId(sentence.toString()),
          Fingerprint.claimId(sentence.toString()),
          sentence.toString());
    }
  }

  private static String expectedId(String sentence) throws Exception {
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(
                Fingerprint.normalise(sentence).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "c-" + java.util.HexFormat.of().formatHex(hash, 0, 8);
  }
}
