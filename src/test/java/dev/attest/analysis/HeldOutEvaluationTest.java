package dev.attest.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same evaluation over the held-out sets in {@code src/test/resources/}: articles written and
 * labelled by someone who had not seen the rules, and not used to correct them ({@code heldout/},
 * 16 articles; {@code heldout2/}, 16 more, written after the first had been looked at). Their
 * figures say how the rules generalise; the reports go to {@code target/<set>-evaluation.txt}. The
 * floors are lower than the training corpus's on purpose: they catch regressions, not perfection.
 */
class HeldOutEvaluationTest {
  static final double CLAIM_FLOOR = 0.75;
  static final double DOCUMENT_FLOOR = 0.70;

  private static final Map<String, CorpusEvaluation> EVALUATIONS = new ConcurrentHashMap<>();

  private static CorpusEvaluation evaluation(String set) {
    return EVALUATIONS.computeIfAbsent(
        set,
        name -> {
          try {
            return CorpusEvaluationTest.evaluate(
                Path.of("src/test/resources", name), Path.of("target", name + "-evaluation.txt"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"heldout", "heldout2"})
  void coversEightLanguages(String set) {
    CorpusEvaluation evaluation = evaluation(set);
    assertTrue(
        evaluation.documents() >= 16 && evaluation.languages().size() >= 8, evaluation::report);
  }

  @ParameterizedTest
  @ValueSource(strings = {"heldout", "heldout2"})
  void claimPrecisionAndRecallStayAboveTheFloor(String set) {
    CorpusEvaluation evaluation = evaluation(set);
    assertTrue(evaluation.claims().precision() >= CLAIM_FLOOR, evaluation::report);
    assertTrue(evaluation.claims().recall() >= CLAIM_FLOOR, evaluation::report);
  }

  @ParameterizedTest
  @ValueSource(strings = {"heldout", "heldout2"})
  void documentAspectsStayAboveTheFloor(String set) {
    CorpusEvaluation evaluation = evaluation(set);
    assertTrue(evaluation.language().accuracy() >= DOCUMENT_FLOOR, evaluation::report);
    assertTrue(evaluation.disclosure().accuracy() >= DOCUMENT_FLOOR, evaluation::report);
    assertTrue(evaluation.author().accuracy() >= DOCUMENT_FLOOR, evaluation::report);
  }
}
