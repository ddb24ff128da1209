package dev.attest.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same evaluation over {@code src/test/resources/heldout/}: articles written and labelled by
 * someone who had not seen the rules, and not used to correct them. Its figures say how the rules
 * generalise; the report goes to {@code target/heldout-evaluation.txt}. The floors are lower than
 * the training corpus's on purpose: they catch regressions, not perfection.
 */
class HeldOutEvaluationTest {
  static final double CLAIM_FLOOR = 0.75;
  static final double DOCUMENT_FLOOR = 0.70;

  private static CorpusEvaluation evaluation;

  @BeforeAll
  static void evaluate() throws IOException {
    evaluation =
        CorpusEvaluationTest.evaluate(
            Path.of("src/test/resources/heldout"), Path.of("target/heldout-evaluation.txt"));
  }

  @Test
  void coversEightLanguages() {
    assertTrue(
        evaluation.documents() >= 16 && evaluation.languages().size() >= 8, evaluation::report);
  }

  @Test
  void claimPrecisionAndRecallStayAboveTheFloor() {
    assertTrue(evaluation.claims().precision() >= CLAIM_FLOOR, evaluation::report);
    assertTrue(evaluation.claims().recall() >= CLAIM_FLOOR, evaluation::report);
  }

  @Test
  void documentAspectsStayAboveTheFloor() {
    assertTrue(evaluation.language().accuracy() >= DOCUMENT_FLOOR, evaluation::report);
    assertTrue(evaluation.disclosure().accuracy() >= DOCUMENT_FLOOR, evaluation::report);
    assertTrue(evaluation.author().accuracy() >= DOCUMENT_FLOOR, evaluation::report);
  }
}
