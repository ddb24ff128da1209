package dev.attest.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evaluates the analysis over the hand-labelled corpus in {@code src/test/resources/corpus/}
 * (articles in eight languages, each with an {@code .expected.json}) and the seed article. Writes
 * precision and recall per language and every mistake to {@code target/corpus-evaluation.txt}, and
 * fails when the figures fall below the floors below.
 */
class CorpusEvaluationTest {
  static final double CLAIM_RECALL_FLOOR = 0.90;
  static final double CLAIM_PRECISION_FLOOR = 0.90;
  static final double DOCUMENT_ACCURACY_FLOOR = 0.95;

  private static CorpusEvaluation evaluation;

  @BeforeAll
  static void evaluate() throws IOException {
    evaluation =
        evaluate(
            Path.of("src/test/resources/corpus"),
            Path.of("target/corpus-evaluation.txt"),
            Path.of("src/test/resources/seed/seed-expected.json"));
  }

  /**
   * Evaluates every labelled article in {@code folder} (plus {@code extra} expectation files) into
   * {@code report}.
   */
  static CorpusEvaluation evaluate(Path folder, Path report, Path... extra) throws IOException {
    List<Path> expectations;
    try (Stream<Path> files = Files.list(folder)) {
      expectations =
          new ArrayList<>(
              files.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList());
    }
    expectations.addAll(List.of(extra));
    CorpusEvaluation result = new CorpusEvaluation(Attest.analyzer());
    ObjectMapper json = new ObjectMapper();
    for (Path expected : expectations) {
      JsonNode labels = json.readTree(expected.toFile());
      Path html = expected.resolveSibling(labels.get("file").asText());
      result.add(html.getFileName().toString(), Files.readAllBytes(html), labels);
    }
    Files.createDirectories(report.getParent());
    Files.writeString(report, result.report(), StandardCharsets.UTF_8);
    return result;
  }

  @Test
  void theCorpusCoversEightLanguagesAndThirtyArticles() {
    assertTrue(evaluation.documents() >= 31, "at least 30 own articles plus the seed");
    assertTrue(evaluation.languages().size() >= 8, () -> "languages: " + evaluation.languages());
  }

  @Test
  void claimRecallMeetsTheFloor() {
    assertTrue(evaluation.claims().recall() >= CLAIM_RECALL_FLOOR, evaluation::report);
  }

  @Test
  void claimPrecisionMeetsTheFloor() {
    assertTrue(evaluation.claims().precision() >= CLAIM_PRECISION_FLOOR, evaluation::report);
  }

  @Test
  void languageDisclosureAuthorAndViolationsMeetTheFloor() {
    assertTrue(evaluation.language().accuracy() >= DOCUMENT_ACCURACY_FLOOR, evaluation::report);
    assertTrue(evaluation.disclosure().accuracy() >= DOCUMENT_ACCURACY_FLOOR, evaluation::report);
    assertTrue(evaluation.author().accuracy() >= DOCUMENT_ACCURACY_FLOOR, evaluation::report);
    assertTrue(evaluation.violations().accuracy() >= DOCUMENT_ACCURACY_FLOOR, evaluation::report);
  }
}
