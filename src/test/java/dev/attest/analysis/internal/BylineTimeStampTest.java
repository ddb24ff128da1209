package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Attest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A time stamp on the byline's line is not part of the author's name, even glued to it. */
class BylineTimeStampTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sv|<span>Av Elin Bergqvist</span><span>Publicerad 14 november 2025</span>|Elin Bergqvist",
        "de|<span>Von Jana Weber</span><span>Aktualisiert am 3. März</span>|Jana Weber",
        "en|<span>By Tom Hale</span> <time>Updated 10:42 GMT</time>|Tom Hale",
        "da|<span>Af Mette Holm</span><span>12.03.2025 kl. 14.02</span>|Mette Holm"
      })
  void theNameEndsWhereTheTimeStampBegins(String lang, String byline, String name) {
    Analysis a =
        Attest.analyzer()
            .analyze(
                "<html lang=\""
                    + lang
                    + "\"><body><article><div class=\"meta\">"
                    + byline
                    + "</div><p>Text.</p></article></body></html>");
    assertNotNull(a.author(), a::text);
    assertEquals(name, a.author().name());
  }
}
