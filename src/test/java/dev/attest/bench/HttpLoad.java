package dev.attest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded load run against a local attest server (loopback only): CLIENTS threads each send
 * REQUESTS requests of the seed article, first to POST /api/check (analysis alone), then as PUT
 * /api/articles/{id} saves (analysis, persistence, revision). Prints requests per second and
 * p50/p99 latency for both. Usage, with a server started by the README's run command: {@code java
 * -cp target/test-classes dev.attest.bench.HttpLoad http://127.0.0.1:8080/}. Bounded in count and
 * in time: each request gives up after 30 s, each of the two runs after 10 minutes.
 */
public final class HttpLoad {
  static final int CLIENTS = 16;
  static final int REQUESTS = 100;
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  static final Duration RUN_LIMIT = Duration.ofMinutes(10);

  private HttpLoad() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
    if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
      throw new IllegalArgumentException("load runs go to loopback only");
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("editor:demo".getBytes(StandardCharsets.UTF_8));
    String seed = Files.readString(Path.of("src/test/resources/seed/seed-article.html"));
    String body = "{\"title\": \"Last\", \"html\": " + quote(seed) + "}";
    run(
        "POST /api/check",
        http,
        (client, previous) ->
            HttpRequest.newBuilder(base.resolve("api/check"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      HttpResponse<String> created =
          http.send(
              HttpRequest.newBuilder(base.resolve("api/articles"))
                  .header("Authorization", auth)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String location = created.headers().firstValue("Location").orElseThrow();
      ids.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }
    String[] etags = new String[CLIENTS];
    java.util.Arrays.fill(etags, "\"1\"");
    run(
        "PUT /api/articles/{id} (save)",
        http,
        (client, previous) -> {
          if (previous != null) {
            etags[client] = previous.headers().firstValue("ETag").orElse(etags[client]);
          }
          return HttpRequest.newBuilder(base.resolve("api/articles/" + ids.get(client)))
              .header("Authorization", auth)
              .header("If-Match", etags[client])
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(body))
              .build();
        });
  }

  /** The next request of one client, given its previous response (null at first). */
  interface Requests {
    HttpRequest next(int client, HttpResponse<String> previous);
  }

  private static void run(String name, HttpClient http, Requests requests) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                HttpResponse<String> previous = null;
                for (int i = 0; i < REQUESTS; i++) {
                  HttpRequest request =
                      HttpRequest.newBuilder(requests.next(client, previous), (n, v) -> true)
                          .timeout(REQUEST_TIMEOUT)
                          .build();
                  long t0 = System.nanoTime();
                  HttpResponse<String> response =
                      http.send(request, HttpResponse.BodyHandlers.ofString());
                  latencies.add(System.nanoTime() - t0);
                  statuses.add(response.statusCode());
                  previous = response;
                }
                return null;
              }));
    }
    long deadline = start + RUN_LIMIT.toNanos();
    try {
      for (Future<?> f : futures) {
        f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      pool.shutdownNow(); // a run over its limit stops here, with its clients
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    long ok = statuses.stream().filter(s -> s / 100 == 2).count();
    System.out.printf(
        "%-32s %5d requests, %d ok, %6.1f req/s, p50 %6.1f ms, p99 %6.1f ms%n",
        name,
        sorted.size(),
        ok,
        sorted.size() / seconds,
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.99)) / 1e6);
  }

  private static String quote(String text) {
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text).toString();
  }
}
