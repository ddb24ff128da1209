package dev.attest.articles.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.attest.articles.control.ArticleContent;
import dev.attest.articles.control.ArticleFilter;
import dev.attest.articles.control.ArticleImport;
import dev.attest.articles.control.ArticleSaves;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.ArticleState;
import dev.attest.articles.entity.Revision;
import dev.attest.platform.Ids;
import dev.attest.platform.IfMatch;
import dev.attest.platform.JsonBodies;
import dev.attest.platform.PageRequest;
import dev.attest.platform.Problem;
import dev.attest.platform.ProblemException;
import dev.attest.platform.RequestBody;
import dev.attest.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Articles over HTTP (contract 2): create, read, save a new revision with optimistic locking
 * ({@code If-Match} with the version from the ETag), list revisions, list articles by state.
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.AUDITOR, Roles.ADMIN})
public class ArticlesResource {
  static final int MAX_TITLE = 500;
  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;

  /** Why a body of an article is refused with 400, beside what every body can get wrong. */
  static final String INVALID_ARTICLE =
      "Title or HTML missing or blank, a title over "
          + MAX_TITLE
          + " characters, or a language that is no language tag (invalid-request)";

  /** Why an article id in the path is a 404. */
  public static final String UNKNOWN_ARTICLE =
      "Unknown article (unknown-article), or an id that is no whole number from 1 (invalid-id)";

  @Inject ArticleSaves saves;

  @Inject ArticleImport imports;

  @Context SecurityContext security;

  @Operation(
      summary = "Save a new article {title, html, language?} as a draft with its first revision")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag (the version)")
  @APIResponse(responseCode = "400", description = INVALID_ARTICLE)
  @APIResponse(
      responseCode = "422",
      description =
          "Disclosure or named author missing; violations with message and hint; nothing stored")
  @POST
  @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(RequestBody body, @Context UriInfo uri) {
    Article article = saves.create(content(body), user());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(article.id())).build())
        .tag(etag(article))
        .entity(ArticleJson.write(ArticleJson.article(article)))
        .build();
  }

  @Operation(summary = "The article with its current revision's disclosure, author and claims")
  @APIResponse(responseCode = "200", description = "The article; ETag = version")
  @APIResponse(responseCode = "404", description = UNKNOWN_ARTICLE)
  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    Article article = saves.find(articleId(id));
    return Response.ok(ArticleJson.write(ArticleJson.article(article))).tag(etag(article)).build();
  }

  @Operation(summary = "Save a new revision; If-Match must carry the current ETag")
  @APIResponse(responseCode = "200", description = "Saved; the new ETag")
  @APIResponse(
      responseCode = "400",
      description =
          INVALID_ARTICLE
              + "; an If-Match that is no list of quoted entity tags or * (invalid-if-match)")
  @APIResponse(responseCode = "404", description = UNKNOWN_ARTICLE)
  @APIResponse(
      responseCode = "412",
      description =
          "The article changed since the version in If-Match (stale-version): the problem names"
              + " the change, the response carries the current ETag, the other change is kept;"
              + " also an If-Match of only weak tags, which never match")
  @APIResponse(
      responseCode = "422",
      description =
          "Disclosure or named author missing (requirements-missing); violations with code,"
              + " message and hint; nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing (if-match-required)")
  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, RequestBody body) {
    Article article = saves.update(articleId(id), expected(ifMatch), content(body), user());
    return Response.ok(ArticleJson.write(ArticleJson.article(article))).tag(etag(article)).build();
  }

  @Operation(summary = "Every revision of the article, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "Revisions: number, title, contentHash, savedBy, savedAt, rulesVersion, claims")
  @APIResponse(responseCode = "404", description = UNKNOWN_ARTICLE)
  @GET
  @Path("{id}/revisions")
  public String revisions(@PathParam("id") String id) {
    ArrayNode list = JsonBodies.array();
    for (Revision revision : saves.find(articleId(id)).revisions()) {
      list.add(ArticleJson.revision(revision));
    }
    return ArticleJson.write(list);
  }

  @Operation(
      summary =
          "One revision in full: its HTML, disclosure, author and claims with their review status")
  @APIResponse(responseCode = "200", description = "The revision")
  @APIResponse(
      responseCode = "404",
      description =
          UNKNOWN_ARTICLE
              + "; an unknown revision (unknown-revision) or a revision number that is no whole"
              + " number from 1 (invalid-id)")
  @GET
  @Path("{id}/revisions/{number}")
  public String revision(@PathParam("id") String articleId, @PathParam("number") String revision) {
    long id = articleId(articleId);
    int number =
        (int)
            Ids.path(
                "revision number",
                revision,
                Integer.MAX_VALUE,
                "GET /api/articles/" + id + "/revisions");
    Revision found = saves.find(id).revision(number);
    if (found == null) {
      throw new ProblemException(
          Problem.of(
              404,
              "unknown-revision",
              "Unknown revision",
              "Article "
                  + id
                  + " has no revision "
                  + number
                  + "; GET /api/articles/"
                  + id
                  + "/revisions lists them."));
    }
    return ArticleJson.write(ArticleJson.revisionWithContent(found));
  }

  @Operation(
      summary =
          "Articles, optionally in one state (DRAFT, SUBMITTED, APPROVED, PUBLISHED) or only"
              + " those the caller created (?mine=true), paged; ?order=oldest (the default) or newest")
  @APIResponse(
      responseCode = "200",
      description =
          "One page (?page= from 0, ?size= 1 to "
              + MAX_PAGE_SIZE
              + ", default "
              + DEFAULT_PAGE_SIZE
              + ") of articles with id, version, title, language, state, claims, openClaims, "
              + "submittedAt, published; X-Total-Count says how many there are, Link (rel next, prev) where the neighbours are;"
              + " with ?after=<id> instead of ?page, the articles after that one in the list's order, and Link rel next"
              + " goes on after the page's last article")
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown state, order or mine value (invalid-state, invalid-order, invalid-filter), a page"
              + " or size out of range (invalid-page), an after that is no id (invalid-parameter),"
              + " or both page and after (invalid-page)")
  @GET
  public Response list(
      @QueryParam("state") String state,
      @QueryParam("mine") String mine,
      @QueryParam("order") String order,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("after") String after,
      @Context UriInfo uri) {
    PageRequest asked = PageRequest.of(page, size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    Long afterId = after(after, page);
    ArticleFilter filter =
        new ArticleFilter(state(state), mine(mine) ? user() : null, newestFirst(order), afterId);
    ArticleSaves.Listing listing = saves.list(filter, asked);
    ArrayNode list = JsonBodies.array();
    for (ArticleSaves.Listed item : listing.items()) {
      list.add(ArticleJson.summary(item.article(), item.current()));
    }
    Response.ResponseBuilder response =
        Response.ok(ArticleJson.write(list)).header("X-Total-Count", listing.total());
    if (afterId != null) {
      if (listing.more()) {
        long last = listing.items().get(listing.items().size() - 1).article().id();
        response.link(reference(uri, "after", last), "next");
      }
      return response.build();
    }
    if (asked.hasNext(listing.total())) {
      response.link(reference(uri, "page", asked.page() + 1), "next");
    }
    if (asked.previous(listing.total()) >= 0) {
      response.link(reference(uri, "page", asked.previous(listing.total())), "prev");
    }
    return response.build();
  }

  /**
   * The article id a keyset page goes on after, or null for a page by number; a 400 problem when it
   * is no id, or when the client also asked for a page number (the two place a page differently).
   */
  private static Long after(String after, String page) {
    Long id = Ids.query("after", after);
    if (id != null && page != null && !page.isBlank()) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-page",
              "Both page and after",
              "Ask for a page either by number (?page=) or after an article (?after=<id>), not"
                  + " both: follow the Link rel=\"next\" of the previous answer."));
    }
    return id;
  }

  /**
   * The same list at another place ({@code ?page=} or {@code ?after=}), as a path and query without
   * scheme and host: correct behind a proxy that terminates TLS or rewrites the host, as RFC 8288
   * allows.
   */
  private static java.net.URI reference(UriInfo uri, String parameter, long value) {
    java.net.URI full = uri.getRequestUriBuilder().replaceQueryParam(parameter, value).build();
    return java.net.URI.create(full.getRawPath() + "?" + full.getRawQuery());
  }

  @POST
  @Path("import")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import an article from another system (ADMIN): persisted directly, guarded only by the JPA constraints")
  @APIResponse(responseCode = "201", description = "Imported; Location and ETag (the version)")
  @APIResponse(responseCode = "400", description = INVALID_ARTICLE)
  @APIResponse(
      responseCode = "422",
      description =
          "The @AiDisclosure or @NamedAuthor constraint refused it (constraint-violation);"
              + " violations with code, path and message; nothing stored")
  public Response importArticle(RequestBody body, @Context UriInfo uri) {
    Article article = imports.importArticle(content(body), user());
    return Response.created(
            uri.getBaseUriBuilder().path("articles").path(String.valueOf(article.id())).build())
        .tag(etag(article))
        .entity(ArticleJson.write(ArticleJson.article(article)))
        .build();
  }

  private static ArticleContent content(RequestBody body) {
    JsonNode json =
        JsonBodies.object(body, "{\"title\": \"…\", \"html\": \"<p>…</p>\", \"language\": \"de\"}");
    String title = JsonBodies.string(json, "title");
    String html = JsonBodies.string(json, "html");
    if (title == null || title.isBlank() || html == null || html.isBlank()) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-request",
              "Title and HTML are required",
              "Send {\"title\": \"…\", \"html\": \"<p>…</p>\"}; both must be non-empty strings, \"language\" is optional."));
    }
    if (title.strip().length() > MAX_TITLE) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-request",
              "Title too long",
              "A title has at most "
                  + MAX_TITLE
                  + " characters; this one has "
                  + title.strip().length()
                  + "."));
    }
    String language = LanguageTag.of("language", JsonBodies.string(json, "language"));
    return new ArticleContent(title.strip(), html, language);
  }

  /** The article id in a path; a 404 problem that says what ids look like when it is none. */
  public static long articleId(String id) {
    return Ids.path("article id", id, Long.MAX_VALUE, "GET /api/articles");
  }

  /**
   * The versions the client's If-Match allows (428 without it, 400 when malformed); a list of only
   * weak tags is refused at once with 412, as it can never match.
   */
  private static IfMatch expected(String header) {
    IfMatch ifMatch = IfMatch.parse(header);
    if (ifMatch.onlyWeak()) {
      throw new ProblemException(
          Problem.of(
              412,
              "stale-version",
              "Weak ETag in If-Match",
              "If-Match: "
                  + header
                  + " names only weak entity tags, and If-Match compares strongly (RFC 9110), so it"
                  + " never matches; send the ETag as the server gave it, without W/, such as \"3\"."));
    }
    return ifMatch;
  }

  private static ArticleState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return ArticleState.valueOf(state.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-state",
              "Unknown state",
              "state must be one of " + java.util.Arrays.toString(ArticleState.values())));
    }
  }

  private static boolean mine(String mine) {
    return either(
        mine,
        "true",
        "false",
        Problem.of(
            400,
            "invalid-filter",
            "Invalid filter",
            "mine is true (only the articles you created) or false (everybody's, the default)."));
  }

  private static boolean newestFirst(String order) {
    return either(
        order,
        "newest",
        "oldest",
        Problem.of(
            400,
            "invalid-order",
            "Unknown order",
            "order is oldest (the default: by id, first saved first) or newest."));
  }

  /** A query parameter with two values: true for {@code yes}, false for {@code no} or none. */
  private static boolean either(String value, String yes, String no, Problem otherwise) {
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase(no)) {
      return false;
    }
    if (value.strip().equalsIgnoreCase(yes)) {
      return true;
    }
    throw new ProblemException(otherwise);
  }

  private static EntityTag etag(Article article) {
    return new EntityTag(String.valueOf(article.version()));
  }

  private String user() {
    return security != null && security.getUserPrincipal() != null
        ? security.getUserPrincipal().getName()
        : "anonymous";
  }
}
