/**
 * The Bean Validation plugin surface of attest, for any Jakarta EE CMS: put {@link
 * dev.attest.constraints.AiDisclosure @AiDisclosure} and {@link
 * dev.attest.constraints.NamedAuthor @NamedAuthor} on the String field, getter or parameter that
 * holds an article's HTML, and validation fails when the article has no visible AI-use disclosure
 * or no named author (a person or a news agency; a desk is not enough).
 *
 * <pre>{@code
 * public class ArticleForm {
 *   @NotBlank @AiDisclosure @NamedAuthor
 *   private String body;
 * }
 * }</pre>
 *
 * <p>The constraints delegate to the analysis core ({@link dev.attest.analysis}): inside a CDI
 * container they use the container's {@code Analyzer} bean (so a configured rule folder applies),
 * elsewhere the bundled rules. {@link dev.attest.constraints.RecentAnalyses} keeps the latest
 * analyses, so the two constraints, and an application that analyses the content itself and
 * {@linkplain dev.attest.constraints.RecentAnalyses#remember remembers} the result, parse one piece
 * of content once. {@code null} is valid; add {@code @NotNull} or {@code @NotBlank} where the body
 * is required.
 *
 * <p>The messages come from {@code ValidationMessages} (keys {@code
 * dev.attest.constraints.AiDisclosure.message} and {@code
 * dev.attest.constraints.NamedAuthor.message}) in English, German, Danish, Swedish, Norwegian
 * Bokmål, French, Spanish and Dutch; each says what is missing and how to fix it (a disclosure line
 * to paste, a byline to add). The message is chosen by the validation locale, not by the article's
 * language; the analysis itself ({@code Analysis.violations()}) carries the hint in the article's
 * language.
 *
 * <p>The package depends on the Jakarta Validation and CDI APIs only, not on a particular provider.
 */
package dev.attest.constraints;
