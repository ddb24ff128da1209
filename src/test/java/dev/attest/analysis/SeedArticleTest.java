package dev.attest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article that started attest: every expectation of {@code seed-expected.json}. */
class SeedArticleTest {
  private static Analysis analysis;
  private static JsonNode expected;

  @BeforeAll
  static void analyseSeed() throws IOException {
    Path seed = Path.of("src/test/resources/seed");
    analysis =
        Attest.analyzer().analyze(Files.readAllBytes(seed.resolve("seed-article.html")), null);
    expected = new ObjectMapper().readTree(seed.resolve("seed-expected.json").toFile());
  }

  @Test
  void detectsGermanAndThePossibleAiDisclosure() {
    assertEquals(expected.get("language").asText(), analysis.language());
    assertTrue(analysis.disclosure().present());
    assertEquals(AiUse.valueOf(expected.get("ai_use").asText()), analysis.disclosure().aiUse());
    assertFalse(analysis.disclosure().metadataOnly());
    assertTrue(analysis.disclosure().text().startsWith("Dieser Artikel wurde von Kathrine Frich"));
  }

  @Test
  void findsTheAuthorInTheDisclosureLine() {
    assertNotNull(analysis.author());
    assertEquals(expected.get("author").asText(), analysis.author().name());
    assertEquals(AuthorSource.DISCLOSURE, analysis.author().foundIn());
    assertTrue(analysis.violations().isEmpty(), () -> "violations: " + analysis.violations());
  }

  @Test
  void flagsEveryMustFlagSentenceWithExplainedReasons() {
    List<String> missing = new ArrayList<>();
    for (JsonNode sentence : expected.get("must_flag")) {
      Claim claim = claimFor(sentence.asText());
      if (claim == null) {
        missing.add(sentence.asText());
        continue;
      }
      for (Reason reason : claim.reasons()) {
        assertFalse(reason.rule().isBlank());
        assertFalse(reason.message().isBlank());
        assertEquals(reason.cue(), analysis.text().substring(reason.start(), reason.end()));
        assertTrue(reason.start() >= claim.start() && reason.end() <= claim.end());
      }
      assertEquals(claim.text(), analysis.text().substring(claim.start(), claim.end()));
    }
    assertTrue(missing.isEmpty(), () -> "not flagged: " + missing + "\nclaims: " + describe());
  }

  @Test
  void flagsNoMustNotFlagSentence() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode sentence : expected.get("must_not_flag")) {
      if (claimFor(sentence.asText()) != null) {
        wrong.add(sentence.asText());
      }
    }
    assertTrue(wrong.isEmpty(), () -> "wrongly flagged: " + wrong + "\nclaims: " + describe());
  }

  @Test
  void namesTheExpectedCues() {
    assertTrue(hasCue("Berichten zufolge", CueKind.HEDGE));
    assertTrue(hasCue("angeblich", CueKind.HEDGE));
    assertTrue(
        analysis.claims().stream()
            .flatMap(c -> c.reasons().stream())
            .anyMatch(
                r ->
                    r.kind() == CueKind.VAGUE_SOURCE
                        && r.cue().contains("Militärblogger berichten")));
    assertTrue(
        analysis.claims().stream()
            .flatMap(c -> c.reasons().stream())
            .anyMatch(r -> r.kind() == CueKind.FIGURE && r.cue().startsWith("15.000")));
    assertTrue(hasCue("„bewaffnet und gefährlich“", CueKind.QUOTE));
  }

  @Test
  void ignoresWidgetsInTheVisibleText() {
    assertFalse(analysis.text().contains("Lesen Sie auch"));
    assertFalse(analysis.text().contains("Gerade lesen andere"));
  }

  private static boolean hasCue(String cue, CueKind kind) {
    return analysis.claims().stream()
        .flatMap(c -> c.reasons().stream())
        .anyMatch(r -> r.kind() == kind && r.cue().equals(cue));
  }

  private static Claim claimFor(String sentence) {
    return analysis.claims().stream()
        .filter(c -> c.text().equals(sentence))
        .findFirst()
        .orElse(null);
  }

  private static String describe() {
    StringBuilder out = new StringBuilder();
    for (Claim c : analysis.claims()) {
      out.append("\n  ").append(c.text()).append(" <- ");
      c.reasons().forEach(r -> out.append(r.rule()).append('[').append(r.cue()).append("] "));
    }
    return out.toString();
  }
}
