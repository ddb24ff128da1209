package dev.attest.articles.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.analysis.AnalysisJson;
import dev.attest.analysis.Analyzer;
import dev.attest.analysis.InvalidInputException;
import dev.attest.platform.JsonBodies;
import dev.attest.platform.Problem;
import dev.attest.platform.ProblemException;
import dev.attest.platform.RequestBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/check}: analyses an article without storing it and answers with the same JSON
 * object as the CLI (contract 1, without {@code source}). The article comes as JSON {@code {"html":
 * …, "language": …}} or as the HTML itself ({@code text/html}); {@code ?lang=} names the language
 * for either.
 */
@Path("check")
@jakarta.annotation.security.RolesAllowed({
  dev.attest.security.Roles.EDITOR,
  dev.attest.security.Roles.CHIEF_EDITOR,
  dev.attest.security.Roles.ADMIN
})
public class CheckResource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUMMARY =
      "Analyse an article without storing it: JSON {html, language?}, or the HTML itself"
          + " (text/html; a charset in Content-Type wins over the page's own <meta charset>);"
          + " ?lang= names the language for either";
  private static final String ANALYSIS =
      "The analysis: language, rulesVersion, disclosure, author, claims, violations";
  private static final String INVALID =
      "html missing or no string (invalid-request), or a language (in the JSON, or ?lang=) that"
          + " is no language tag, or two different ones (invalid-request)";
  private static final String LANG =
      "The article's language (de, en, da, sv, nb, fr, es, nl) instead of the one its HTML declares"
          + " or attest detects; with JSON, its \"language\" does the same";
  private static final String UNREADABLE =
      "Binary or unreadable content, such as text in another charset than the one named"
          + " (unreadable-article)";

  @Inject Analyzer analyzer;

  // Both methods are one operation in the OpenAPI document (POST /api/check), which shows one
  // method's annotations and parameters: they are the same, and describe both.
  @Operation(summary = SUMMARY)
  @APIResponse(responseCode = "200", description = ANALYSIS)
  @APIResponse(responseCode = "400", description = INVALID)
  @APIResponse(responseCode = "422", description = UNREADABLE)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String checkJson(
      RequestBody body, @Parameter(description = LANG) @QueryParam("lang") String lang) {
    JsonNode request = JsonBodies.object(body, "{\"html\": \"<p>…</p>\", \"language\": \"de\"}");
    String html = JsonBodies.string(request, "html");
    if (html == null) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-request",
              "Missing article HTML",
              "Send {\"html\": \"<p>…</p>\", \"language\": \"de\"}; \"html\" must be a string, \"language\" is optional."));
    }
    return render(analyzer.analyze(html, language(request, lang)));
  }

  /**
   * The JSON's "language" or, when it has none, {@code ?lang=}; both, when they differ, is a 400.
   */
  private static String language(JsonNode request, String lang) {
    String inBody = LanguageTag.of("language", JsonBodies.string(request, "language"));
    String inQuery = LanguageTag.of("lang", lang);
    if (inBody != null && inQuery != null && !primary(inBody).equals(primary(inQuery))) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-request",
              "Two languages",
              "The JSON says \"language\": \""
                  + inBody
                  + "\" and the query ?lang="
                  + inQuery
                  + "; give the language once."));
    }
    return inBody != null ? inBody : inQuery;
  }

  /** A language tag's language, without region or script: "de-DE" and "de_AT" are both "de". */
  private static String primary(String tag) {
    return tag.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
  }

  @Operation(summary = SUMMARY)
  @APIResponse(responseCode = "200", description = ANALYSIS)
  @APIResponse(responseCode = "400", description = INVALID)
  @APIResponse(responseCode = "422", description = UNREADABLE)
  @POST
  @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public String checkHtml(
      RequestBody body, @Parameter(description = LANG) @QueryParam("lang") String lang) {
    String language = LanguageTag.of("lang", lang);
    if (body.declaredCharset() == null) {
      // the page's byte-order mark or <meta charset>, else UTF-8, as the command line reads files
      return render(analyzer.analyze(body.bytes(), language));
    }
    // the HTTP header's charset wins over a <meta charset> (HTML's encoding sniffing)
    String html = body.text();
    if (html.indexOf('\u0000') >= 0) {
      throw new InvalidInputException(
          "the content has NUL characters: binary data, or text in another charset than the one"
              + " Content-Type names");
    }
    return render(analyzer.analyze(html, language));
  }

  private static String render(dev.attest.analysis.Analysis analysis) {
    try {
      return JSON.writeValueAsString(AnalysisJson.toJson(analysis, null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
