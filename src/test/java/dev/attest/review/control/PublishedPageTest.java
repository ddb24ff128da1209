package dev.attest.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.analysis.Attest;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.Reviewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The published page: sanitised body, the visible disclosure unchanged, JSON-LD with the IPTC
 * digital source type.
 */
class PublishedPageTest {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  static Document publish(String html) throws Exception {
    Article article =
        Article.draft(
            "Title </script><script>alert(1)</script>", html, Attest.analyze(html), "editor", AT);
    article.submit("editor", AT);
    for (var claim : article.currentRevision().claims()) {
      article.signOff(
          claim.fingerprint(),
          null,
          dev.attest.articles.entity.Decision.APPROVE,
          "ok",
          null,
          new Reviewer("chief", "C"),
          AT);
    }
    article.publish(new Reviewer("chief", "Charlotte Chief"), AT.plusHours(1));
    return Jsoup.parse(PublishedPage.of(article, "Charlotte Chief"));
  }

  static JsonNode ld(Document page) throws Exception {
    return new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
  }

  @Test
  void theSeedArticleCarriesItsDisclosureVisiblyAndAsIptcComposite() throws Exception {
    Document page = publish(Files.readString(Path.of("src/test/resources/seed/seed-article.html")));
    JsonNode ld = ld(page);
    assertEquals("NewsArticle", ld.get("@type").asText());
    assertEquals("Kathrine Frich", ld.at("/author/name").asText());
    assertEquals("Charlotte Chief", ld.at("/editor/name").asText());
    assertEquals(
        PublishedPage.IPTC + "compositeWithTrainedAlgorithmicMedia",
        ld.get("digitalSourceType").asText());
    assertEquals("2026-09-01T09:00Z", ld.get("datePublished").asText());
    assertEquals("de", page.selectFirst("html").attr("lang"));
    assertTrue(
        page.body()
            .text()
            .contains(
                "Dieser Artikel wurde von Kathrine Frich erstellt und veröffentlicht, wobei möglicherweise KI"));
    assertEquals("POSSIBLE", page.selectFirst("meta[name=ai-use]").attr("content"));
  }

  @Test
  void scriptsAndHandlersAreRemovedAndTheTitleCannotEndTheJsonLd() throws Exception {
    Document page =
        publish(
            "<html lang=\"en\"><body><p>By Jane Doe</p><p onclick=\"steal()\">The council met.</p>"
                + "<img src=x onerror=alert(1)><script>alert(2)</script><iframe src=\"https://evil.example\"></iframe>"
                + "<p><a href=\"javascript:alert(3)\">x</a></p><p>This article was generated with AI and reviewed by an editor.</p></body></html>");
    assertEquals(1, page.select("script").size(), "only the JSON-LD");
    assertTrue(
        page.select("[onclick], [onerror], iframe, a[href^=javascript]").isEmpty(),
        page.body().html());
    JsonNode ld = ld(page);
    assertEquals("Title </script><script>alert(1)</script>", ld.get("headline").asText());
    assertEquals(
        PublishedPage.IPTC + "trainedAlgorithmicMedia", ld.get("digitalSourceType").asText());
  }

  @Test
  void noAiMeansNoDigitalSourceType() throws Exception {
    Document page =
        publish(
            "<html lang=\"en\"><body><p>By Jane Doe</p><p>The council met on Monday.</p>"
                + "<p>No AI was used to write this article.</p></body></html>");
    assertFalse(ld(page).has("digitalSourceType"));
    assertEquals("NONE", page.selectFirst("meta[name=ai-use]").attr("content"));
  }
}
