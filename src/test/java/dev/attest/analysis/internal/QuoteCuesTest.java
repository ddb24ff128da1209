package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A direct quotation has at least two words, as white space separates them. */
class QuoteCuesTest {
  private static final QuoteCues QUOTES = new QuoteCues(List.of("„“", "“”", "«»", "»«", "\"\""), 2);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Das Programm „KI@Schule“ startete im März.|",
        "Die Variante „COVID-19“ verbreitete sich.|",
        "Er nannte es „einen großen Fehler“.|„einen großen Fehler“",
        "« On est à bout », confie un contrôleur.|« On est à bout »",
        "»Jeg har gjort alt«, siger han.|»Jeg har gjort alt«",
        "Sie lachte: „Ha!“|"
      })
  void quotationsHaveTwoWords(String sentence, String expected) {
    List<String> found = new ArrayList<>();
    for (int[] span : QUOTES.find(sentence, 0, sentence.length())) {
      found.add(sentence.substring(span[0], span[1]));
    }
    assertEquals(expected == null ? List.of() : List.of(expected), found);
  }
}
