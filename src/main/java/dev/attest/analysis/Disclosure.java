package dev.attest.analysis;

/**
 * The article's AI-use disclosure.
 *
 * @param present true when a visible line states whether or how AI was used for this article
 * @param text the visible disclosure line, or null when none is present
 * @param aiUse what that line says about AI use, or null when none is present
 * @param metadataOnly true when AI use is declared only in meta tags or JSON-LD, which readers do
 *     not see
 * @param start offset of the disclosure line in the visible text, or -1
 * @param end end offset (exclusive) of the disclosure line in the visible text, or -1
 */
public record Disclosure(
    boolean present, String text, AiUse aiUse, boolean metadataOnly, int start, int end) {

  public static Disclosure visible(String text, AiUse aiUse, int start, int end) {
    return new Disclosure(true, text, aiUse, false, start, end);
  }

  public static Disclosure absent(boolean metadataOnly) {
    return new Disclosure(false, null, null, metadataOnly, -1, -1);
  }
}
