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
}
