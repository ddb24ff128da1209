package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.analysis.Attest;
import dev.attest.analysis.rules.LanguageRules;
import dev.attest.analysis.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Sentences, with the language's abbreviations and dates, and the same whether split block by block
 * or at once.
 */
class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final RuleSet rules = Attest.analyzer().rules();

  @Test
  void abbreviationsAndOrdinalDatesDoNotEndASentence() {
    List<String> sentences =
        sentences(
            "<p>Am 3. Oktober kamen z. B. Dr. Weber und rd. 40 Gäste. Danach wurde es still. bzw. ruhig.</p><p>Neu.</p>",
            "de");
    assertEquals(
        List.of(
            "Am 3. Oktober kamen z. B. Dr. Weber und rd. 40 Gäste.",
            "Danach wurde es still. bzw. ruhig.",
            "Neu."),
        sentences);
  }

  @Test
  void innerDotAbbreviationsAreRepaired() {
    assertEquals(
        List.of("Der var bl.a. 40 deltagere, f.eks. fra Aarhus.", "Ellers intet."),
        sentences("<p>Der var bl.a. 40 deltagere, f.eks. fra Aarhus. Ellers intet.</p>", "da"));
  }

  @Test
  void aClosingMarkAfterASpaceEndsItsQuotation() {
    assertEquals(
        List.of(
            "Le ministre a déclaré : « Cette grève est incompréhensible. »",
            "« On est à bout », confie un contrôleur."),
        sentences(
            "<p>Le ministre a déclaré : « Cette grève est incompréhensible. » « On est à bout »,"
                + " confie un contrôleur.</p>",
            "fr"));
    assertEquals(
        List.of("He said: “We are done.", "“Nobody knows.”"),
        sentences("<p>He said: “We are done. “Nobody knows.”</p>", "en"));
  }

  /**
   * ICU is asked only where it could break: after a terminator that is followed by more than
   * closing marks and spaces.
   */
  @Test
  void aBlockWithoutInnerTerminatorsIsOneSentenceWithoutICU() {
    assertTrue(SentenceSplitter.isOneSentence("Rund 15000 Soldaten sollen gefallen sein", 0, 40));
    assertTrue(SentenceSplitter.isOneSentence("„Wirklich?!“ ", 0, 13));
    assertTrue(SentenceSplitter.isOneSentence("Er sagte: «Nein.»", 0, 17));
    assertFalse(SentenceSplitter.isOneSentence("Ja. Nein.", 0, 9));
    assertFalse(SentenceSplitter.isOneSentence("Am 3. Oktober.", 0, 14));
    assertFalse(SentenceSplitter.isOneSentence("Er ging. „Nein", 0, 14));
    assertFalse(SentenceSplitter.isOneSentence("Zeile\nZeile", 0, 11));
    assertFalse(
        SentenceSplitter.isOneSentence("Ende\uD804\uDC47 Neu", 0, 10),
        "a terminator beyond the BMP");
  }

  /**
   * Every block of every test article, split alone, gives the sentences that splitting the whole
   * text as one range gives it: a line break always ends a sentence, so nothing is lost by
   * splitting only some blocks.
   */
  @Test
  void splittingBlockByBlockGivesTheSentencesOfTheWholeText() throws IOException {
    int compared = 0;
    for (String folder :
        List.of(
            "src/test/resources/corpus", "src/test/resources/heldout", "src/test/resources/seed")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
          ArticleText article = extract(Files.readString(html));
          LanguageRules lang =
              rules.forLanguage(
                  Attest.analyzer().analyze(Files.readAllBytes(html), null).language());
          Block whole =
              new Block(
                  0,
                  article.text().length(),
                  Block.Type.PARAGRAPH,
                  false,
                  Block.COUNTED_WORDS,
                  true);
          List<String> expected = spans(splitter.split(article, whole, lang));
          List<String> byBlock = new ArrayList<>();
          for (Block block : article.blocks()) {
            byBlock.addAll(spans(splitter.split(article, block, lang)));
          }
          assertEquals(expected, byBlock, html.toString());
          compared += expected.size();
        }
      }
    }
    assertTrue(compared > 500, "compared " + compared);
  }

  private static List<String> spans(List<Sentence> sentences) {
    return sentences.stream().map(s -> s.start() + "-" + s.end()).toList();
  }

  private List<String> sentences(String html, String language) {
    ArticleText article = extract(html);
    List<String> sentences = new ArrayList<>();
    for (Block block : article.blocks()) {
      splitter
          .split(article, block, rules.forLanguage(language))
          .forEach(s -> sentences.add(article.slice(s.start(), s.end())));
    }
    return sentences;
  }

  private ArticleText extract(String html) {
    return new TextExtractor(rules.common(), List.of()).extract(Jsoup.parse(html));
  }
}
