package dev.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract 1: the CLI's JSON Lines, exit codes and per-file errors, and its handling of bad input.
 */
class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEED = Path.of("src/test/resources/seed/seed-article.html");

  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    }
  }

  static Run attest(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = AttestCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void seedArticleGivesOneContractLineAndExitZero() throws IOException {
    Run run = attest("check", "--json", SEED.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> lines = run.lines();
    assertEquals(1, lines.size());
    JsonNode a = lines.get(0);
    assertEquals(SEED.toString(), a.get("source").asText());
    assertEquals("de", a.get("language").asText());
    assertTrue(a.get("rulesVersion").asText().startsWith("sha256:"));
    assertEquals("POSSIBLE", a.at("/disclosure/aiUse").asText());
    assertTrue(a.at("/disclosure/present").asBoolean());
    assertFalse(a.at("/disclosure/metadataOnly").asBoolean());
    assertEquals("Kathrine Frich", a.at("/author/name").asText());
    assertEquals("DISCLOSURE", a.at("/author/foundIn").asText());
    assertTrue(a.get("claims").size() >= 9);
    JsonNode reason = a.at("/claims/0/reasons/0");
    for (String field : List.of("rule", "kind", "cue", "start", "end", "message")) {
      assertTrue(reason.has(field), field);
    }
    assertTrue(a.at("/claims/0/id").asText().startsWith("c-"));
    assertEquals(0, a.get("violations").size());
  }

  @Test
  void aViolationGivesExitOneAndFilesKeepInputOrder() throws IOException {
    Path bare = write("bare.html", "<p>Reportedly 300 people came.</p>");
    Run run = attest("check", "--json", bare.toString(), SEED.toString());
    assertEquals(1, run.exit());
    List<JsonNode> lines = run.lines();
    assertEquals(
        List.of(bare.toString(), SEED.toString()),
        List.of(lines.get(0).get("source").asText(), lines.get(1).get("source").asText()));
    assertTrue(lines.get(0).get("author").isNull());
    List<String> codes = new ArrayList<>();
    lines.get(0).get("violations").forEach(v -> codes.add(v.get("code").asText()));
    assertEquals(List.of("MISSING_DISCLOSURE", "MISSING_AUTHOR"), codes);
    assertFalse(lines.get(0).at("/violations/0/hint").asText().isBlank());
  }

  @Test
  void aFolderIsWalkedForHtmlInNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write("b.html", "<p>B</p>");
    write("a.htm", "<p>A</p>");
    write("notes.txt", "not an article");
    write("sub/c.HTML", "<p>C</p>");
    Files.createDirectories(dir.resolve("folder.html"));
    Run run = attest("check", "--json", dir.toString());
    List<String> sources = new ArrayList<>();
    for (JsonNode line : run.lines()) {
      sources.add(Path.of(line.get("source").asText()).getFileName().toString());
    }
    assertEquals(List.of("a.htm", "b.html", "c.HTML"), sources);
  }

  @Test
  void aMissingFileIsAPerFileErrorAndTheRunGoesOn() throws IOException {
    Run run = attest("check", "--json", dir.resolve("missing.html").toString(), SEED.toString());
    assertEquals(2, run.exit());
    List<JsonNode> lines = run.lines();
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).get("error").asText().contains("no such file"));
    assertEquals("Kathrine Frich", lines.get(1).at("/author/name").asText());
    assertFalse(run.out().contains("Exception"));
  }

  @Test
  void binaryDataIsRefusedClearly() throws IOException {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[10] = 0;
    Path binary = dir.resolve("image.html");
    Files.write(binary, noise);
    JsonNode line = attest("check", "--json", binary.toString()).lines().get(0);
    assertTrue(line.get("error").asText().contains("binary"), line.toString());
  }

  @Test
  void emptyAndPlainTextFilesGiveResults() throws IOException {
    Path empty = write("empty.html", "");
    Path plain = write("plain.html", "Reportedly 300 people came.\n\nBy Jane Doe");
    List<JsonNode> lines = attest("check", "--json", empty.toString(), plain.toString()).lines();
    assertEquals(0, lines.get(0).get("claims").size());
    assertEquals(2, lines.get(0).get("violations").size());
    assertEquals("en.hedge.reportedly", lines.get(1).at("/claims/0/reasons/0/rule").asText());
  }

  @Test
  void declaredCharsetsAndInvalidUtf8AreDecoded() throws IOException {
    Path latin1 = dir.resolve("latin1.html");
    Files.write(
        latin1,
        "<html lang=de><head><meta charset=\"iso-8859-1\"></head><body><p>Größere Störung: angeblich 300 Häuser.</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1));
    Path broken = dir.resolve("broken.html");
    Files.write(
        broken,
        new byte[] {
          '<', 'p', '>', 'O', 'k', (byte) 0xC3, '(', ' ', 'a', (byte) 0xFF, '<', '/', 'p', '>'
        });
    List<JsonNode> lines = attest("check", "--json", latin1.toString(), broken.toString()).lines();
    assertEquals(
        "Größere Störung: angeblich 300 Häuser.", lines.get(0).at("/claims/0/text").asText());
    assertTrue(lines.get(1).has("claims"), "invalid UTF-8 still gives a result");
  }

  @Test
  @Timeout(60)
  void htmlNestedOneHundredThousandLevelsDeepIsAnalysed() throws IOException {
    Path deep =
        write(
            "deep.html",
            "<body>"
                + "<div>".repeat(100_000)
                + "Reportedly 300 soldiers came."
                + "</div>".repeat(100_000));
    JsonNode line = attest("check", "--json", deep.toString()).lines().get(0);
    assertEquals(
        "Reportedly 300 soldiers came.", line.at("/claims/0/text").asText(), line.toString());
  }

  @Test
  void aFiftyMegabyteFileIsAClearPerFileError() throws IOException {
    Path big = dir.resolve("big.html");
    byte[] paragraph =
        "<p>Reportedly 300 soldiers came to the town and stayed for the night.</p>\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length) {
        out.write(paragraph);
      }
    }
    Run run = attest("check", "--json", big.toString(), SEED.toString());
    List<JsonNode> lines = run.lines();
    assertTrue(
        lines.get(0).get("error").asText().contains("larger than the 10 MB limit"),
        lines.get(0).toString());
    assertEquals("de", lines.get(1).get("language").asText());
    assertEquals(2, run.exit());
  }

  @Test
  void anUnreadableFileIsAPerFileError() throws IOException {
    Path dangling = dir.resolve("dangling.html");
    Files.createSymbolicLink(dangling, dir.resolve("gone.html"));
    assertTrue(attest("check", "--json", dangling.toString()).lines().get(0).has("error"));
    assumeFalse(
        "root".equals(System.getProperty("user.name")), "root reads files without read permission");
    Path locked = write("locked.html", "<p>x</p>");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assertTrue(
        attest("check", "--json", locked.toString())
            .lines()
            .get(0)
            .get("error")
            .asText()
            .contains("permission"));
  }

  @Test
  void languageOverrideAndReadableReport() {
    Run run = attest("check", "--lang", "en", SEED.toString());
    assertTrue(run.out().contains("[en]"), run.out());
    Run text = attest("check", SEED.toString());
    assertTrue(text.out().contains("author      Kathrine Frich (from DISCLOSURE)"), text.out());
    assertTrue(text.out().contains("HEDGE        de.hedge.berichten-zufolge"), text.out());
    assertTrue(text.out().contains("1 file(s) analysed, 0 with violations"), text.out());
  }

  @Test
  void unusableRulesAndBadUsageExitTwo() throws IOException {
    Run rules = attest("check", "--rules", dir.resolve("nothing").toString(), SEED.toString());
    assertEquals(2, rules.exit());
    assertTrue(rules.err().contains("rules not usable"), rules.err());
    write("common.yaml", "format: attest-rules/1\nlanguages: [xx]\n");
    Run broken = attest("check", "--rules", dir.toString(), SEED.toString());
    assertEquals(2, broken.exit());
    assertTrue(broken.err().contains("xx.yaml"), broken.err());
    assertEquals(2, attest().exit());
    assertEquals(2, attest("check").exit());
    assertEquals(2, attest("check", "--frobnicate", SEED.toString()).exit());
  }

  @Test
  void anotherRuleFolderIsUsedAndVersioned() throws IOException {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules);
    for (Path file : Files.list(Path.of("config/rules")).toList()) {
      Files.copy(file, rules.resolve(file.getFileName()));
    }
    String german = Files.readString(rules.resolve("de.yaml"));
    Files.writeString(
        rules.resolve("de.yaml"),
        german.replace("pattern: \\b(?:angeblich|", "pattern: \\b(?:partnerschaft\\w*|angeblich|"));
    JsonNode custom =
        attest("check", "--json", "--rules", rules.toString(), SEED.toString()).lines().get(0);
    JsonNode bundled = attest("check", "--json", SEED.toString()).lines().get(0);
    assertFalse(custom.get("rulesVersion").asText().equals(bundled.get("rulesVersion").asText()));
    assertTrue(custom.get("claims").size() > bundled.get("claims").size());
  }

  @Test
  void anEmptyFolderAndABadSizeLimitAreErrors() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run run = attest("check", "--json", empty.toString());
    assertEquals(2, run.exit());
    assertTrue(run.lines().get(0).get("error").asText().contains("no .html"));
    assertEquals(2, attest("check", "--max-size", "-1", SEED.toString()).exit());
    Run unknown = attest("check", "--lang", "xx", SEED.toString());
    assertTrue(unknown.err().contains("no rules for language 'xx'"), unknown.err());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
