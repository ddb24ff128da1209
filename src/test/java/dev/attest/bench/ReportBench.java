package dev.attest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads the compliance report in each format from a running server on this machine, as the demo
 * auditor, to {@code target/bench-report.<ext>}, and prints the time, the size and the server's
 * peak heap while it ran: the largest heap occupancy before a collection in the server's GC log
 * (start the server with {@code -Xlog:gc:file=target/bench-gc.log:utctime}). Loopback only; each
 * download has a 10-minute limit.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test.classpath) dev.attest.bench.ReportBench [port] [from] [to] [gc log]
 * </pre>
 */
public final class ReportBench {
  private static final Pattern GC =
      Pattern.compile("^\\[([^\\]]+)\\].*?Pause (?:Young|Full).*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final DateTimeFormatter GC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  private static final List<String[]> FORMATS =
      List.of(
          new String[] {"application/json", "json"},
          new String[] {"text/csv", "csv"},
          new String[] {"application/pdf", "pdf"});

  private ReportBench() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    String from = args.length > 1 ? args[1] : "2026-01-01";
    String to = args.length > 2 ? args[2] : "2026-03-31";
    Path gcLog = Path.of(args.length > 3 ? args[3] : "target/bench-gc.log");
    URI uri =
        URI.create(
            "http://127.0.0.1:" + port + "/api/reports/compliance?from=" + from + "&to=" + to);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8));
    System.out.println(
        "| format | time | first byte | size | heap: largest live set after a GC / largest occupancy before one |");
    System.out.println("|---|---|---|---|---|");
    for (String[] format : FORMATS) {
      Path file = Path.of("target", "bench-report." + format[1]);
      Instant start = Instant.now();
      HttpResponse<InputStream> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofMinutes(10))
                  .header("Authorization", auth)
                  .header("Accept", format[0])
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      Duration firstByte = Duration.between(start, Instant.now());
      long bytes;
      try (InputStream in = response.body();
          OutputStream out = Files.newOutputStream(file)) {
        bytes = in.transferTo(out);
      }
      Instant end = Instant.now();
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            format[1] + ": HTTP " + response.statusCode() + " " + Files.readString(file));
      }
      System.out.printf(
          "| %s | %.1f s | %.1f s | %,.1f MB | %s |%n",
          format[1],
          Duration.between(start, end).toMillis() / 1000.0,
          firstByte.toMillis() / 1000.0,
          bytes / 1e6,
          peakHeap(gcLog, start, end));
    }
  }

  /**
   * Of the collections logged between start and end: the largest heap occupancy after one (what the
   * server kept alive) and before one (how full the heap got), and the largest heap size.
   */
  static String peakHeap(Path gcLog, Instant start, Instant end) throws IOException {
    if (!Files.exists(gcLog)) {
      return "(no GC log at " + gcLog + ")";
    }
    long peak = -1;
    long live = -1;
    long size = 0;
    int collections = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC.matcher(line);
      if (!m.find()) {
        continue;
      }
      Instant at = OffsetDateTime.parse(m.group(1), GC_TIME).toInstant();
      if (at.isBefore(start) || at.isAfter(end)) {
        continue;
      }
      collections++;
      peak = Math.max(peak, Long.parseLong(m.group(2)));
      live = Math.max(live, Long.parseLong(m.group(3)));
      size = Math.max(size, Long.parseLong(m.group(4)));
    }
    return peak < 0
        ? "no collection"
        : live + " MB / " + peak + " MB of " + size + " MB (" + collections + " collections)";
  }
}
