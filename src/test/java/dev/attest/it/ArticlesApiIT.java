package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Articles over HTTP on a real Payara Micro with its embedded database: revisions, optimistic
 * locking, errors.
 */
@ExtendWith(PayaraServer.class)
class ArticlesApiIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MISSING_BOTH = "<p>Reportedly 300 people came to the meeting.</p>";

  static String seed() throws Exception {
    return Files.readString(Path.of("src/test/resources/seed/seed-article.html"));
  }

  static String body(String title, String html) {
    return JSON.createObjectNode().put("title", title).put("html", html).toString();
  }

  static HttpRequest.Builder json(PayaraServer.Running server, String path) {
    return server.as("editor", (path)).header("Content-Type", "application/json");
  }

  static HttpResponse<String> create(PayaraServer.Running server, String title, String html)
      throws Exception {
    return server.send(
        json(server, "api/articles")
            .POST(HttpRequest.BodyPublishers.ofString(body(title, html)))
            .build());
  }

  static HttpResponse<String> put(
      PayaraServer.Running server, long id, String etag, String title, String html)
      throws Exception {
    HttpRequest.Builder request =
        json(server, "api/articles/" + id)
            .PUT(HttpRequest.BodyPublishers.ofString(body(title, html)));
    if (etag != null) {
      request.header("If-Match", etag);
    }
    return server.send(request.build());
  }

  @Test
  void savingTheSeedArticleCreatesADraftWithItsClaims(PayaraServer.Running server)
      throws Exception {
    HttpResponse<String> created = create(server, "Spannungen", seed());
    assertEquals(201, created.statusCode(), created.body());
    JsonNode article = JSON.readTree(created.body());
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/articles/" + article.get("id").asLong()));
    assertEquals(
        "\"" + article.get("version").asLong() + "\"",
        created.headers().firstValue("ETag").orElseThrow());
    assertEquals("DRAFT", article.get("state").asText());
    assertEquals("Kathrine Frich", article.at("/author/name").asText());
    assertTrue(article.get("claims").size() >= 9);
    assertEquals("OPEN", article.at("/claims/0/status").asText());
    assertTrue(article.at("/claims/0/reasons/0/rule").asText().startsWith("de."));
    HttpResponse<String> read =
        server.send(server.as("editor", ("api/articles/" + article.get("id").asLong())).build());
    assertEquals(200, read.statusCode());
    assertEquals(article.get("claims"), JSON.readTree(read.body()).get("claims"));
  }

  @Test
  void aSaveMissingDisclosureAndAuthorIs422WithHintsAndStoresNothing(PayaraServer.Running server)
      throws Exception {
    int before =
        JSON.readTree(server.send(server.as("editor", ("api/articles")).build()).body()).size();
    HttpResponse<String> rejected = create(server, "No disclosure", MISSING_BOTH);
    assertEquals(422, rejected.statusCode(), rejected.body());
    assertEquals(
        "application/problem+json",
        rejected.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    JsonNode problem = JSON.readTree(rejected.body());
    List<String> codes = new ArrayList<>();
    problem
        .get("violations")
        .forEach(
            v -> {
              codes.add(v.get("code").asText());
              assertTrue(!v.get("hint").asText().isBlank());
            });
    assertEquals(List.of("MISSING_DISCLOSURE", "MISSING_AUTHOR"), codes);
    int after =
        JSON.readTree(server.send(server.as("editor", ("api/articles")).build()).body()).size();
    assertEquals(before, after);
    JsonNode german =
        Api.problem(
            create(
                server,
                "Ohne Hinweis",
                "<html lang=\"de\"><p>Berichten zufolge kamen 300 Menschen zur Sitzung.</p></html>"),
            422);
    JsonNode disclosure = german.at("/violations/0");
    assertEquals("MISSING_DISCLOSURE", disclosure.get("code").asText());
    assertTrue(
        disclosure.get("message").asText().startsWith("Der Artikel enthält keinen sichtbaren"),
        "in the article's language: " + disclosure);
    assertTrue(
        disclosure.get("hint").asText().contains("„Dieser Artikel wurde mit Unterstützung von KI"),
        "with a line to paste: " + disclosure);
    assertTrue(
        german.at("/violations/1/hint").asText().contains("Von Vorname Nachname"),
        german.toString());
  }

  @Test
  void everySaveIsANewRevisionAndStaleOrMissingVersionsAreRefused(PayaraServer.Running server)
      throws Exception {
    HttpResponse<String> created = create(server, "Erste Fassung", seed());
    long id = JSON.readTree(created.body()).get("id").asLong();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    assertEquals(428, put(server, id, null, "Ohne If-Match", seed()).statusCode());
    HttpResponse<String> saved =
        put(server, id, etag, "Zweite Fassung", seed().replace("rund 15.000", "rund 16.000"));
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> stale = put(server, id, etag, "Veraltet", seed());
    assertEquals(412, stale.statusCode(), stale.body());
    JsonNode revisions =
        JSON.readTree(
            server.send(server.as("editor", ("api/articles/" + id + "/revisions")).build()).body());
    assertEquals(2, revisions.size());
    assertEquals("Zweite Fassung", revisions.get(1).get("title").asText());
    assertTrue(
        !revisions
            .get(0)
            .get("contentHash")
            .asText()
            .equals(revisions.get(1).get("contentHash").asText()));
    assertEquals(
        404, server.send(server.as("editor", ("api/articles/999999")).build()).statusCode());
    assertEquals(
        422,
        put(server, id, saved.headers().firstValue("ETag").orElseThrow(), "Kaputt", MISSING_BOTH)
            .statusCode());
  }

  @Test
  void everySaveBumpsTheVersionEvenWithAnUnchangedTitle(PayaraServer.Running server)
      throws Exception {
    HttpResponse<String> created = create(server, "Gleich", seed());
    long id = JSON.readTree(created.body()).get("id").asLong();
    String first = created.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> saved = put(server, id, first, "Gleich", seed());
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(
        !first.equals(saved.headers().firstValue("ETag").orElseThrow()),
        "a new revision is a new version");
    HttpResponse<String> stale = put(server, id, first, "Gleich", seed());
    assertEquals(412, stale.statusCode(), stale.body());
    assertEquals(
        saved.headers().firstValue("ETag").orElseThrow(),
        stale.headers().firstValue("ETag").orElseThrow());
    HttpResponse<String> longTitle =
        put(server, id, saved.headers().firstValue("ETag").orElseThrow(), "x".repeat(501), seed());
    assertEquals(400, longTitle.statusCode(), longTitle.body());
  }

  /**
   * Twenty writers at once, three saves each, all starting together: every accepted save is a
   * revision holding exactly that writer's text, every other one got a 412, the versions the
   * accepted saves got rise with their revision numbers, and no rejected text is stored.
   */
  @Test
  void twentyConcurrentSavesLoseNothing(PayaraServer.Running server) throws Exception {
    HttpResponse<String> created = create(server, "Parallel", seed());
    long id = JSON.readTree(created.body()).get("id").asLong();
    String html = seed();
    List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    Map<Long, String> acceptedMarkers = new ConcurrentHashMap<>();
    Set<String> rejectedMarkers = ConcurrentHashMap.newKeySet();
    List<String> twice = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 20; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int attempt = 0; attempt < 3; attempt++) {
                  HttpResponse<String> current =
                      server.send(server.as("editor", ("api/articles/" + id)).build());
                  String etag = current.headers().firstValue("ETag").orElseThrow();
                  String marker = "rund " + thread + "." + attempt;
                  HttpResponse<String> response =
                      put(server, id, etag, "Parallel", html.replace("rund 15.000", marker));
                  statuses.add(response.statusCode());
                  if (response.statusCode() == 200) {
                    long version = JSON.readTree(response.body()).get("version").asLong();
                    String earlier = acceptedMarkers.putIfAbsent(version, marker);
                    if (earlier != null) {
                      twice.add(version + ": " + earlier + " and " + marker);
                    }
                  } else {
                    rejectedMarkers.add(marker);
                  }
                }
                return null;
              }));
    }
    start.countDown();
    try {
      for (Future<?> future : futures) {
        future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(
        statuses.stream().allMatch(s -> s == 200 || s == 412), () -> "statuses: " + statuses);
    assertFalse(
        server.log().contains("OptimisticLockException"),
        "conflicts are expected: nothing for them in the log");
    long accepted = statuses.stream().filter(s -> s == 200).count();
    assertTrue(accepted >= 1, "some save goes through");
    assertTrue(accepted < 60, "twenty writers from one version cannot all win: " + statuses);
    JsonNode revisions =
        JSON.readTree(
            server.send(server.as("editor", ("api/articles/" + id + "/revisions")).build()).body());
    assertEquals(List.of(), twice, () -> "one accepted save per version; revisions " + revisions);
    assertEquals(accepted, acceptedMarkers.size(), "every accepted save got its own version");
    assertEquals(1 + accepted, revisions.size(), "every accepted save is a revision, none lost");
    List<Long> versions = new ArrayList<>(new java.util.TreeSet<>(acceptedMarkers.keySet()));
    for (int i = 0; i < revisions.size(); i++) {
      int number = revisions.get(i).get("number").asInt();
      assertEquals(i + 1, number);
      if (number == 1) {
        continue;
      }
      String stored =
          JSON.readTree(
                  server
                      .send(
                          server
                              .as("editor", "api/articles/" + id + "/revisions/" + number)
                              .build())
                      .body())
              .get("html")
              .asText();
      String marker = acceptedMarkers.get(versions.get(number - 2));
      assertTrue(
          stored.contains(marker + " "),
          "revision " + number + " holds the save that got the " + (number - 1) + ". version");
      for (String rejected : rejectedMarkers) {
        assertFalse(stored.contains(rejected + " "), "a refused save stored nothing: " + rejected);
      }
    }
  }

  /**
   * A save is analysed once: the {@code @Attested} interceptor's analysis serves the save itself
   * and both constraint validators, a direct persist's validators share one analysis, and a check
   * is one analysis (counted by the server's {@code attest_analyses} gauge at /metrics).
   */
  @Test
  void eachSaveAnalysesItsContentOnce(PayaraServer.Running server) throws Exception {
    String html = seed().replace("rund 15.000", "rund 4.321");
    long before = analyses(server);
    HttpResponse<String> created = create(server, "Einmal analysiert", html);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(before + 1, analyses(server), "a save: one analysis for service and validators");
    String edited = html.replace("rund 4.321", "rund 4.322");
    HttpResponse<String> saved =
        put(
            server,
            JSON.readTree(created.body()).get("id").asLong(),
            created.headers().firstValue("ETag").orElseThrow(),
            "Einmal analysiert",
            edited);
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(before + 2, analyses(server), "an edit: one more");
    HttpResponse<String> imported =
        server.send(
            server
                .as("admin", "api/articles/import")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        body("Importiert", html.replace("rund 4.321", "rund 4.323"))))
                .build());
    assertEquals(201, imported.statusCode(), imported.body());
    assertEquals(before + 3, analyses(server), "a direct persist: both validators share one");
    HttpResponse<String> inGerman =
        server.send(
            json(server, "api/articles")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.createObjectNode()
                            .put("title", "Mit Sprache")
                            .put("html", html.replace("rund 4.321", "rund 4.324"))
                            .put("language", "de")
                            .toString()))
                .build());
    assertEquals(201, inGerman.statusCode(), inGerman.body());
    assertEquals(before + 4, analyses(server), "a save in a given language: one as well");
  }

  /** The server's count of analyses, from its OpenMetrics output. */
  private static long analyses(PayaraServer.Running server) throws Exception {
    HttpResponse<String> metrics =
        server.send(server.as("admin", "metrics?scope=application").build());
    assertEquals(200, metrics.statusCode(), metrics.body());
    java.util.regex.Matcher value =
        java.util.regex.Pattern.compile("(?m)^attest_analyses(?:\\{[^}]*\\})?\\s+([0-9.eE+]+)$")
            .matcher(metrics.body());
    assertTrue(value.find(), () -> "no attest_analyses in " + metrics.body());
    return (long) Double.parseDouble(value.group(1));
  }

  @Test
  void aDirectPersistBypassingTheServiceIsStillRefusedByTheConstraints(PayaraServer.Running server)
      throws Exception {
    HttpResponse<String> refused =
        server.send(
            server
                .as("admin", "api/articles/import")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("Altbestand", MISSING_BOTH)))
                .build());
    assertEquals(422, refused.statusCode(), refused.body());
    List<String> constraints = new ArrayList<>();
    JSON.readTree(refused.body())
        .get("violations")
        .forEach(v -> constraints.add(v.get("code").asText()));
    Collections.sort(constraints);
    assertEquals(List.of("AiDisclosure", "NamedAuthor"), constraints);
    HttpResponse<String> imported =
        server.send(
            server
                .as("admin", "api/articles/import")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("Altbestand", seed())))
                .build());
    assertEquals(201, imported.statusCode(), imported.body());
  }

  @Test
  void listsArticlesByState(PayaraServer.Running server) throws Exception {
    create(server, "Gelistet", seed());
    JsonNode drafts =
        JSON.readTree(
            server.send(server.as("editor", ("api/articles?state=draft")).build()).body());
    assertTrue(drafts.size() >= 1);
    drafts.forEach(a -> assertEquals("DRAFT", a.get("state").asText()));
    JSON.readTree(server.send(server.as("editor", ("api/articles?state=PUBLISHED")).build()).body())
        .forEach(a -> assertEquals("PUBLISHED", a.get("state").asText()));
    assertEquals(
        400, server.send(server.as("editor", ("api/articles?state=LOST")).build()).statusCode());
  }

  /** ?mine=true lists only the caller's own articles (the editor's start page). */
  @Test
  void mineListsOnlyTheCallersArticles(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    long editors = api.create("editor", "Vom Redakteur", seed()).get("id").asLong();
    long chiefs = api.create("chief", "Von der Chefin", seed()).get("id").asLong();
    List<Long> mine = new ArrayList<>();
    for (JsonNode item : api.json("editor", "api/articles?mine=true&order=newest&size=500")) {
      assertEquals("editor", item.get("createdBy").asText());
      mine.add(item.get("id").asLong());
    }
    assertTrue(mine.contains(editors), "the editor's own article is listed");
    assertTrue(!mine.contains(chiefs), "the chief editor's article is not");
    HttpResponse<String> unclear = api.get("editor", "api/articles?mine=perhaps");
    assertEquals(400, unclear.statusCode());
    assertEquals("/problems/invalid-filter", JSON.readTree(unclear.body()).get("type").asText());
  }

  /** A list entry says what the article itself says about its current revision, after edits too. */
  @Test
  void aListEntryDescribesTheCurrentRevision(PayaraServer.Running server) throws Exception {
    JsonNode created = JSON.readTree(create(server, "Dreimal gespeichert", seed()).body());
    long id = created.get("id").asLong();
    String shorter = seed().replaceFirst("(?s)<p>[^<]*Soldaten[^<]*</p>", "");
    HttpResponse<String> second =
        put(
            server,
            id,
            "\"" + created.get("version").asLong() + "\"",
            "Dreimal gespeichert",
            shorter);
    assertEquals(200, second.statusCode(), second.body());
    JsonNode article =
        JSON.readTree(server.send(server.as("editor", "api/articles/" + id).build()).body());
    JsonNode entry = null;
    for (JsonNode item :
        JSON.readTree(
            server.send(server.as("editor", "api/articles?order=newest&size=20").build()).body())) {
      if (item.get("id").asLong() == id) {
        entry = item;
      }
    }
    assertTrue(entry != null, "the new article is among the newest");
    for (String field :
        List.of("version", "title", "state", "openClaims", "savedAt", "published")) {
      assertEquals(article.get(field), entry.get(field), field);
    }
    assertEquals(article.get("claims").size(), entry.get("claims").asInt());
  }

  /**
   * Long lists come a page at a time: every article exactly once over the pages, in id order, with
   * total and links.
   */
  @Test
  void listsArticlesPageByPageWithTheirTotalAndLinks(PayaraServer.Running server) throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals(201, create(server, "Seite " + i, seed()).statusCode());
    }
    HttpResponse<String> first = server.send(server.as("editor", "api/articles?size=2").build());
    assertEquals(200, first.statusCode(), first.body());
    long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
    assertTrue(total >= 3, "total " + total);
    assertEquals(2, JSON.readTree(first.body()).size());
    assertNull(link(first, "prev"));
    List<Long> ids = new ArrayList<>();
    HttpResponse<String> page = first;
    for (int pages = 1; ; pages++) {
      JSON.readTree(page.body()).forEach(article -> ids.add(article.get("id").asLong()));
      String next = link(page, "next");
      if (next == null) {
        assertEquals((total + 1) / 2, pages);
        break;
      }
      page = server.send(server.as("editor", next).build());
      assertEquals(200, page.statusCode(), page.body());
      assertTrue(link(page, "prev") != null, "a later page links back");
    }
    assertEquals(total, ids.size());
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i - 1) < ids.get(i), "oldest first, each once: " + ids);
    }
    JsonNode newest =
        JSON.readTree(
            server.send(server.as("editor", "api/articles?order=newest&size=500").build()).body());
    assertEquals(Math.min(total, 500), newest.size());
    assertEquals(ids.get(ids.size() - 1), newest.get(0).get("id").asLong(), "newest first");
    assertEquals(
        400, server.send(server.as("editor", "api/articles?order=random").build()).statusCode());
    HttpResponse<String> pastResponse =
        server.send(server.as("editor", "api/articles?page=100000&size=2").build());
    assertEquals(0, JSON.readTree(pastResponse.body()).size(), "a page past the end is empty");
    assertEquals(
        "api/articles?size=2&page=" + ((total - 1) / 2),
        link(pastResponse, "prev"),
        "and leads back to the last page");
    HttpResponse<String> farPast =
        server.send(server.as("editor", "api/articles?page=2147483647&size=500").build());
    assertEquals(200, farPast.statusCode(), farPast.body());
    assertEquals(0, JSON.readTree(farPast.body()).size());
    assertTrue(
        first.headers().allValues("Link").stream().noneMatch(value -> value.contains("://")),
        "links are references without scheme and host (right behind a proxy): "
            + first.headers().allValues("Link"));
    for (String bad :
        List.of("size=0", "size=501", "page=-1", "page=abc", "size=1.5", "page=99999999999")) {
      HttpResponse<String> refused =
          server.send(server.as("editor", "api/articles?" + bad).build());
      assertEquals("/problems/invalid-page", Api.problem(refused, 400).get("type").asText(), bad);
    }
  }

  /**
   * Keyset pages (?after=) newest first: an article saved while a client pages through the list
   * neither repeats nor hides one on the pages that follow, and a bad after, or after with page, is
   * a 400 that says so.
   */
  @Test
  void pagesAfterAnArticleNeitherRepeatNorSkipWhenOneIsSavedMeanwhile(PayaraServer.Running server)
      throws Exception {
    for (int i = 0; i < 4; i++) {
      assertEquals(201, create(server, "Schlüssel " + i, seed()).statusCode());
    }
    HttpResponse<String> first =
        server.send(server.as("editor", "api/articles?order=newest&size=2").build());
    JsonNode firstItems = JSON.readTree(first.body());
    long last = firstItems.get(1).get("id").asLong();
    HttpResponse<String> page =
        server.send(server.as("editor", "api/articles?order=newest&size=2&after=" + last).build());
    assertEquals(200, page.statusCode(), page.body());
    List<Long> ids = new ArrayList<>();
    firstItems.forEach(article -> ids.add(article.get("id").asLong()));
    long saved = 0;
    while (true) {
      JSON.readTree(page.body()).forEach(article -> ids.add(article.get("id").asLong()));
      assertNull(link(page, "prev"), "keyset pages link forward only");
      if (saved == 0) {
        // a new article in the middle of the paging: with offsets, the next page would repeat one
        saved = JSON.readTree(create(server, "Dazwischen", seed()).body()).get("id").asLong();
      }
      String next = link(page, "next");
      if (next == null) {
        break;
      }
      assertTrue(next.contains("after="), next);
      page = server.send(server.as("editor", next).build());
      assertEquals(200, page.statusCode(), page.body());
    }
    long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals(total, ids.size(), "every article that was there at the start, once: " + ids);
    assertTrue(!ids.contains(saved), "the new one is on the first page, not in the middle");
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i - 1) > ids.get(i), "newest first, each once: " + ids);
    }
    HttpResponse<String> oldest =
        server.send(server.as("editor", "api/articles?size=500&after=" + ids.get(1)).build());
    JsonNode after = JSON.readTree(oldest.body());
    assertTrue(after.size() >= 1);
    after.forEach(article -> assertTrue(article.get("id").asLong() > ids.get(1)));
    for (String bad : List.of("after=0", "after=abc", "after=-3")) {
      HttpResponse<String> refused =
          server.send(server.as("editor", "api/articles?" + bad).build());
      assertEquals(
          "/problems/invalid-parameter", Api.problem(refused, 400).get("type").asText(), bad);
    }
    HttpResponse<String> both =
        server.send(server.as("editor", "api/articles?page=1&after=" + last).build());
    JsonNode problem = Api.problem(both, 400);
    assertEquals("/problems/invalid-page", problem.get("type").asText());
    assertTrue(problem.get("detail").asText().contains("not both"), problem.toString());
  }

  /** The path and query (relative to the server) of the Link with {@code rel}, or null. */
  static String link(HttpResponse<String> response, String rel) {
    for (String header : response.headers().allValues("Link")) {
      for (String part : header.split(",")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?" + rel + "\"?")
                .matcher(part.strip());
        if (m.find()) {
          java.net.URI uri = java.net.URI.create(m.group(1));
          return uri.getRawPath().substring(1)
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
      }
    }
    return null;
  }

  @Test
  void draftsSurviveARestart() throws Exception {
    Path data = Path.of("target", "it-restart-" + System.nanoTime()).toAbsolutePath();
    long id;
    try (PayaraServer.Running first =
        PayaraServer.start(Map.of("ATTEST_DATA_DIR", data.toString()))) {
      id = JSON.readTree(create(first, "Bleibt", seed()).body()).get("id").asLong();
    }
    try (PayaraServer.Running second =
        PayaraServer.start(Map.of("ATTEST_DATA_DIR", data.toString()))) {
      HttpResponse<String> read = second.send(second.as("editor", ("api/articles/" + id)).build());
      assertEquals(200, read.statusCode(), read.body());
      assertEquals("Bleibt", JSON.readTree(read.body()).get("title").asText());
    }
  }
}
