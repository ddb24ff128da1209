package dev.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks a folder of 100,000 articles with the packaged CLI in a 256 MB heap: results stream out
 * one line per file and nothing is held, so the run completes. The articles are hard links to the
 * labelled corpus, so the folder costs no disk space. Wall time goes to {@code
 * target/folder-scale.txt}.
 */
class FolderScaleIT {
  static final int ARTICLES = 100_000;

  @TempDir Path dir;

  @Test
  void oneHundredThousandArticlesInA256MegabyteHeap() throws Exception {
    List<Path> corpus;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
      corpus = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    Path folder = Files.createDirectories(dir.resolve("articles"));
    for (int i = 0; i < ARTICLES; i++) {
      Path source = corpus.get(i % corpus.size()).toAbsolutePath();
      Files.createLink(
          folder.resolve(String.format(Locale.ROOT, "%06d-%s", i, source.getFileName())), source);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-jar",
                "target/attest-cli.jar",
                "check",
                "--json",
                folder.toString())
            .redirectError(ProcessBuilder.Redirect.to(Path.of("target/folder-scale.err").toFile()))
            .start();
    long started = System.nanoTime();
    long lines = 0;
    long errors = 0;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines++;
        if (line.contains("\"error\":")) {
          errors++;
        }
      }
    }
    boolean finished = process.waitFor(15, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertTrue(finished, "the run did not finish in 15 minutes");
    String stderr = Files.readString(Path.of("target/folder-scale.err"));
    assertFalse(stderr.contains("OutOfMemoryError"), stderr);
    assertEquals(ARTICLES, lines, stderr);
    assertEquals(0, errors);
    assertEquals(1, process.exitValue(), "some corpus articles have violations by design");
    Files.writeString(
        Path.of("target/folder-scale.txt"),
        String.format(
            Locale.ROOT,
            "%d articles, -Xmx256m, %.1f s, %.0f articles/s%n",
            ARTICLES,
            seconds,
            ARTICLES / seconds));
  }
}
