package dev.attest.review.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.Revision;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The published article as readers get it: the published revision's body sanitised with a JSoup
 * {@link Safelist} (no scripts, event handlers or foreign frames; the visible disclosure line stays
 * as written), and in the head a schema.org {@code NewsArticle} in JSON-LD with the author, the
 * editor who published it, the dates and the IPTC digital source type that matches the disclosed AI
 * use.
 */
public final class PublishedPage {
  /** IPTC NewsCodes digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/). */
  static final String IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/";

  /** aiUse → IPTC digital source type; NONE has none (the text is human work). */
  static final Map<String, String> SOURCE_TYPE =
      Map.of(
          "GENERATED", "trainedAlgorithmicMedia",
          "ASSISTED", "compositeWithTrainedAlgorithmicMedia",
          "TRANSLATED", "compositeWithTrainedAlgorithmicMedia",
          "POSSIBLE", "compositeWithTrainedAlgorithmicMedia",
          "UNSPECIFIED", "compositeWithTrainedAlgorithmicMedia");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Safelist SAFE =
      Safelist.relaxed()
          .addTags(
              "article",
              "section",
              "header",
              "footer",
              "aside",
              "figure",
              "figcaption",
              "small",
              "time",
              "mark",
              "hr")
          .addAttributes(":all", "lang", "dir")
          .addAttributes("time", "datetime")
          .addProtocols("a", "href", "http", "https", "mailto");

  private PublishedPage() {}

  /** The page for the article's published revision. */
  public static String of(Article article, String editorName) {
    Revision revision = article.publishedRevision();
    Document source = Jsoup.parse(revision.html());
    Document body = new Cleaner(SAFE).clean(source);
    Document page = Document.createShell("");
    page.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base);
    page.selectFirst("html").attr("lang", revision.language());
    page.head().appendElement("meta").attr("charset", "UTF-8");
    page.head().appendElement("title").text(revision.title());
    page.head()
        .appendElement("meta")
        .attr("name", "author")
        .attr("content", nullToEmpty(revision.authorName()));
    if (revision.aiUse() != null) {
      page.head().appendElement("meta").attr("name", "ai-use").attr("content", revision.aiUse());
      page.head()
          .appendElement("meta")
          .attr("name", "ai-disclosure")
          .attr("content", nullToEmpty(revision.disclosureText()));
    }
    page.head()
        .appendElement("script")
        .attr("type", "application/ld+json")
        .appendChild(new org.jsoup.nodes.DataNode(jsonLd(article, revision, editorName)));
    for (org.jsoup.nodes.Node node :
        body.body().childNodes().toArray(new org.jsoup.nodes.Node[0])) {
      page.body().appendChild(node);
    }
    return page.outerHtml();
  }

  /** The schema.org JSON-LD, safe to embed in a script element. */
  static String jsonLd(Article article, Revision revision, String editorName) {
    ObjectNode ld = JSON.createObjectNode();
    ld.put("@context", "https://schema.org")
        .put("@type", "NewsArticle")
        .put("headline", revision.title())
        .put("inLanguage", revision.language());
    if (revision.authorName() != null) {
      ld.putObject("author").put("@type", "Person").put("name", revision.authorName());
    }
    if (editorName != null) {
      ld.putObject("editor").put("@type", "Person").put("name", editorName);
    }
    ld.put("datePublished", article.publishedAt().toString())
        .put("dateModified", revision.savedAt().toString());
    String sourceType = revision.aiUse() == null ? null : SOURCE_TYPE.get(revision.aiUse());
    if (sourceType != null) {
      ld.put("digitalSourceType", IPTC + sourceType);
    }
    // "</script>" inside a string would end the script element: escape every "<"
    return ld.toString().replace("<", "\\u003c");
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
