package dev.attest.articles.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Attest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The constraints sit on the persisted field itself: a Revision built around the application's
 * checks (as a direct EntityManager.persist would) still fails Bean Validation, which JPA runs
 * before every insert.
 */
class RevisionValidationTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void aRevisionWithoutDisclosureAndAuthorIsInvalid() {
    String html = "<p>Reportedly 300 people came.</p>";
    Analysis analysis = Attest.analyze(html);
    Article article = Article.draft("Bypass", html, analysis, "someone", OffsetDateTime.now());
    Set<ConstraintViolation<Revision>> violations = VALIDATOR.validate(article.currentRevision());
    Set<String> constraints = new TreeSet<>();
    violations.forEach(
        v ->
            constraints.add(
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
    assertEquals(Set.of("AiDisclosure", "NamedAuthor"), constraints);
    violations.forEach(v -> assertEquals("html", v.getPropertyPath().toString()));
  }

  @Test
  void theSeedArticleRevisionIsValidAndKeepsItsClaims() throws Exception {
    String html = Files.readString(Path.of("src/test/resources/seed/seed-article.html"));
    Article article =
        Article.draft("Spannungen", html, Attest.analyze(html), "editor", OffsetDateTime.now());
    Revision revision = article.currentRevision();
    assertTrue(VALIDATOR.validate(revision).isEmpty());
    assertEquals(1, revision.number());
    assertTrue(revision.claims().size() >= 9);
    assertTrue(revision.contentHash().startsWith("sha256:"));
    Revision second =
        article.revise("Neu", html, Attest.analyze(html), "editor", OffsetDateTime.now());
    assertEquals(2, second.number());
    assertEquals("Spannungen", article.revisions().get(0).title());
  }
}
