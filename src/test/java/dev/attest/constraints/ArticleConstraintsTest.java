package dev.attest.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Attest;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @AiDisclosure} and {@code @NamedAuthor} with Hibernate Validator, outside a container. */
class ArticleConstraintsTest {
  static final String NO_DISCLOSURE =
      """
      <html lang="en"><body><article>
      <h1>Council approves three new cycle lanes</h1>
      <p>By Jane Doe</p>
      <p>The city council approved three new cycle lanes on Tuesday.</p>
      <p>Work on the first lane starts in spring.</p>
      </article></body></html>""";

  static final String DESK_BYLINE =
      """
      <html lang="en"><body><article>
      <h1>Council approves three new cycle lanes</h1>
      <p>By Staff</p>
      <p>The city council approved three new cycle lanes on Tuesday.</p>
      <p>Work on the first lane starts in spring.</p>
      <p>This article was written with the help of AI and reviewed by an editor.</p>
      </article></body></html>""";

  static final String DISCLOSURE_KEY = "dev.attest.constraints.AiDisclosure.message";
  static final String AUTHOR_KEY = "dev.attest.constraints.NamedAuthor.message";

  static String seed;
  static final List<ValidatorFactory> factories = new ArrayList<>();

  /** The article body as a field. */
  static final class FieldArticle {
    @NotBlank @AiDisclosure @NamedAuthor final String html;

    FieldArticle(String html) {
      this.html = html;
    }
  }

  /** The article body as a getter (a JavaBeans property). */
  static final class GetterArticle {
    private final String body;

    GetterArticle(String body) {
      this.body = body;
    }

    @AiDisclosure
    @NamedAuthor
    public String getBody() {
      return body;
    }
  }

  /** Type-use: every page of a multi-page article must carry the disclosure. */
  static final class Pages {
    final List<@AiDisclosure String> pages;

    Pages(List<String> pages) {
      this.pages = pages;
    }
  }

  interface Draft {}

  interface Publish {}

  /** Repeated constraints (the nested List container), one per group. */
  static final class Grouped {
    @AiDisclosure(groups = Draft.class, message = "draft")
    @AiDisclosure(groups = Publish.class, message = "publish")
    final String html;

    Grouped(String html) {
      this.html = html;
    }
  }

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in =
        ArticleConstraintsTest.class.getResourceAsStream("/seed/seed-article.html")) {
      assertNotNull(in, "seed article on the test class path");
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void closeFactories() {
    factories.forEach(ValidatorFactory::close);
  }

  static Validator defaultValidator() {
    ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    factories.add(factory);
    return factory.getValidator();
  }

  /** A validator whose messages are always in {@code locale}, whatever the JVM's default locale. */
  static Validator validator(Locale locale) {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    MessageInterpolator standard = config.getDefaultMessageInterpolator();
    config.messageInterpolator(
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return standard.interpolate(template, context, locale);
          }

          @Override
          public String interpolate(String template, Context context, Locale ignored) {
            return standard.interpolate(template, context, locale);
          }
        });
    ValidatorFactory factory = config.buildValidatorFactory();
    factories.add(factory);
    return factory.getValidator();
  }

  static Set<String> templates(Set<? extends ConstraintViolation<?>> violations) {
    Set<String> templates = new TreeSet<>();
    violations.forEach(v -> templates.add(v.getMessageTemplate()));
    return templates;
  }

  static String message(String key, Locale locale) {
    return ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
  }

  @Test
  void theSeedArticleIsValid() {
    Validator validator = defaultValidator();
    assertEquals(Set.of(), validator.validate(new FieldArticle(seed)));
    assertEquals(Set.of(), validator.validate(new GetterArticle(seed)));
  }

  @Test
  void anArticleWithoutDisclosureFailsAiDisclosureOnly() {
    Validator validator = defaultValidator();
    var violations = validator.validate(new FieldArticle(NO_DISCLOSURE));
    assertEquals(Set.of("{" + DISCLOSURE_KEY + "}"), templates(violations));
    ConstraintViolation<FieldArticle> violation = violations.iterator().next();
    assertEquals("html", violation.getPropertyPath().toString());
    assertEquals(
        AiDisclosure.class, violation.getConstraintDescriptor().getAnnotation().annotationType());

    var onGetter = validator.validate(new GetterArticle(NO_DISCLOSURE));
    assertEquals(Set.of("{" + DISCLOSURE_KEY + "}"), templates(onGetter));
    assertEquals("body", onGetter.iterator().next().getPropertyPath().toString());
  }

  @Test
  void aDeskOnlyBylineFailsNamedAuthorOnly() {
    Validator validator = defaultValidator();
    assertEquals(
        Set.of("{" + AUTHOR_KEY + "}"),
        templates(validator.validate(new FieldArticle(DESK_BYLINE))));
    assertEquals(
        Set.of("{" + AUTHOR_KEY + "}"),
        templates(validator.validate(new GetterArticle(DESK_BYLINE))));
  }

  @Test
  void anArticleMissingBothFailsBoth() {
    String bare =
        "<html lang=\"en\"><body><p>The city council approved three new cycle lanes.</p></body></html>";
    assertEquals(
        Set.of("{" + AUTHOR_KEY + "}", "{" + DISCLOSURE_KEY + "}"),
        templates(defaultValidator().validate(new GetterArticle(bare))));
  }

  @Test
  void nullIsValidAndLeftToNotNullOrNotBlank() {
    Validator validator = defaultValidator();
    assertEquals(Set.of(), validator.validate(new GetterArticle(null)));
    var violations = validator.validate(new FieldArticle(null));
    assertEquals(1, violations.size());
    assertEquals(
        NotBlank.class,
        violations.iterator().next().getConstraintDescriptor().getAnnotation().annotationType());
    assertEquals(Set.of(), validator.validateValue(GetterArticle.class, "body", null));
  }

  @Test
  void typeUseConstraintsCheckEachElement() {
    var violations = defaultValidator().validate(new Pages(List.of(seed, NO_DISCLOSURE)));
    assertEquals(1, violations.size());
    assertEquals(
        "pages[1].<list element>", violations.iterator().next().getPropertyPath().toString());
  }

  @Test
  void repeatedConstraintsApplyPerGroup() {
    Validator validator = defaultValidator();
    Grouped article = new Grouped(NO_DISCLOSURE);
    assertEquals(Set.of(), validator.validate(article));
    assertEquals("draft", validator.validate(article, Draft.class).iterator().next().getMessage());
    assertEquals(
        "publish", validator.validate(article, Publish.class).iterator().next().getMessage());
    assertEquals(Set.of(), validator.validate(new Grouped(seed), Draft.class, Publish.class));
  }

  @Test
  void messagesInEnglishSayWhatIsMissingAndHowToFixIt() {
    Validator validator = validator(Locale.ENGLISH);
    String disclosure =
        validator.validate(new FieldArticle(NO_DISCLOSURE)).iterator().next().getMessage();
    assertEquals(message(DISCLOSURE_KEY, Locale.ROOT), disclosure);
    assertTrue(
        disclosure.startsWith(
            "The article has no visible line saying whether and how AI was used."),
        disclosure);
    assertTrue(
        disclosure.contains(
            "\"This article was written with the help of AI and reviewed by an editor.\""));

    String author =
        validator.validate(new FieldArticle(DESK_BYLINE)).iterator().next().getMessage();
    assertTrue(author.startsWith("The article names no author responsible for it."), author);
    assertTrue(author.contains("\"By First Last\""), author);
    assertTrue(author.contains("A desk alone"), author);
    assertTrue(author.contains("news agencies"), author);
  }

  @Test
  void messagesInGerman() {
    Validator validator = validator(Locale.GERMAN);
    String disclosure =
        validator.validate(new GetterArticle(NO_DISCLOSURE)).iterator().next().getMessage();
    assertTrue(
        disclosure.startsWith(
            "Der Artikel enthält keinen sichtbaren Hinweis darauf, ob und wie KI verwendet"),
        disclosure);
    assertTrue(
        disclosure.contains(
            "„Dieser Artikel wurde mit Unterstützung von KI erstellt und von der Redaktion geprüft.“"),
        disclosure);

    String author =
        validator.validate(new GetterArticle(DESK_BYLINE)).iterator().next().getMessage();
    assertTrue(author.contains("„Von Vorname Nachname“"), author);
    assertTrue(
        author.contains("Eine Redaktion allein genügt nicht; Nachrichtenagenturen wie dpa zählen."),
        author);

    String germany =
        validator(Locale.GERMANY)
            .validate(new GetterArticle(NO_DISCLOSURE))
            .iterator()
            .next()
            .getMessage();
    assertEquals(disclosure, germany);
  }

  @Test
  void englishStaysEnglishOnAServerWhoseDefaultLocaleIsGerman() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      ResourceBundle.clearCache();
      String message =
          validator(Locale.US)
              .validate(new FieldArticle(NO_DISCLOSURE))
              .iterator()
              .next()
              .getMessage();
      assertTrue(message.startsWith("The article has no visible line"), message);
      String unknown =
          validator(Locale.JAPANESE)
              .validate(new FieldArticle(NO_DISCLOSURE))
              .iterator()
              .next()
              .getMessage();
      // a locale without a bundle falls back to the server's default locale first
      // (java.util.ResourceBundle)
      assertTrue(unknown.startsWith("Der Artikel"), unknown);
    } finally {
      Locale.setDefault(before);
      ResourceBundle.clearCache();
    }
  }

  @Test
  void theValidatorsReuseARememberedAnalysis() {
    String html = NO_DISCLOSURE.replace("Jane Doe", "Remembered Person");
    Validator validator = defaultValidator();
    assertEquals(1, validator.validate(new FieldArticle(html)).size());

    // the application analysed the content itself (here: stands in with the seed's analysis) and
    // remembers it
    Analysis seedAnalysis = Attest.analyzer().analyze(seed);
    RecentAnalyses.remember(Attest.analyzer(), html, seedAnalysis);
    assertEquals(Set.of(), validator.validate(new FieldArticle(html)));
    assertSame(seedAnalysis, RecentAnalyses.of(Attest.analyzer(), html));
  }

  @Test
  void bothValidatorsShareOneAnalysisOfTheSameContent() {
    String html = DESK_BYLINE.replace("Tuesday", "Wednesday");
    defaultValidator().validate(new FieldArticle(html));
    Analysis first = RecentAnalyses.of(Attest.analyzer(), html);
    defaultValidator().validate(new GetterArticle(html));
    assertSame(first, RecentAnalyses.of(Attest.analyzer(), html));
  }
}
