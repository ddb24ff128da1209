package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Sentences, with the language's abbreviations and dates, and the same whether split block by block or at once. */
class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final RuleSet rules = Attest.analyzer().rules();

  @Test
  void abbreviationsAndOrdinalDatesDoNotEndASentence() {
    List<String> sentences = sentences(
        "<p>Am 3. Oktober kamen z. B. Dr. Weber und rd. 40 Gäste. Danach wurde es still. bzw. ruhig.</p><p>Neu.</p>",
        "de");
    assertEquals(
        List.of("Am 3. Oktober kamen z. B. Dr. Weber und rd. 40 Gäste.", "Danach wurde es still. bzw. ruhig.", "Neu."),
        sentences);
  }

  @Test
  void innerDotAbbreviationsAreRepaired() {
    assertEquals(
        List.of("Der var bl.a. 40 deltagere, f.eks. fra Aarhus.", "Ellers intet."),
        sentences("<p>Der var bl.a. 40 deltagere, f.eks. fra Aarhus. Ellers intet.</p>", "da"));
  }

  /** Every block of every test article, split alone, gives the sentences that splitting the whole text gives it. */
  @Test
  void splittingBlockByBlockGivesTheSentencesOfTheWholeText() throws IOException {
    int compared = 0;
    for (String folder : List.of("src/test/resources/corpus", "src/test/resources/heldout", "src/test/resources/seed")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
          ArticleText article = extract(Files.readString(html));
          LanguageRules lang = rules.forLanguage(Attest.analyzer().analyze(Files.readAllBytes(html), null).language());
          List<Sentence> whole = splitter.split(article, lang);
          List<Sentence> byBlock = new ArrayList<>();
          for (Block block : article.blocks()) {
            byBlock.addAll(splitter.split(article, block, lang));
          }
          assertEquals(whole, byBlock, html.toString());
          compared += whole.size();
        }
      }
    }
    assertTrue(compared > 500, "compared " + compared);
  }

  private List<String> sentences(String html, String language) {
    ArticleText article = extract(html);
    return splitter.split(article, rules.forLanguage(language)).stream()
        .map(s -> article.slice(s.start(), s.end()))
        .toList();
  }

  private ArticleText extract(String html) {
    return new TextExtractor(rules.common(), List.of()).extract(Jsoup.parse(html));
  }
}
