package dev.attest.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is article HTML that carries a visible AI-use disclosure: a line readers can
 * see that says whether and how AI was used for the article ("This article was written with the
 * help of AI and reviewed by an editor.", "Für diesen Artikel wurde keine KI verwendet."). The
 * article fails when the attest analysis reports {@code MISSING_DISCLOSURE}; AI use declared only
 * in {@code <meta>} or JSON-LD is not visible and does not count.
 *
 * <p>{@code null} is valid, as with the built-in constraints: combine with {@code @NotNull} or
 * {@code @NotBlank} when the article body is required. Supported type: {@link String}.
 *
 * <p>The default message, key {@code dev.attest.constraints.AiDisclosure.message} in {@code
 * ValidationMessages}, says what is missing and offers a line to paste, in English, German, Danish,
 * Swedish, Norwegian Bokmål, French, Spanish and Dutch.
 *
 * @see AiDisclosureValidator
 * @see RecentAnalyses
 */
@Documented
@Constraint(validatedBy = AiDisclosureValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(AiDisclosure.List.class)
public @interface AiDisclosure {

  String message() default "{dev.attest.constraints.AiDisclosure.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Several {@link AiDisclosure} constraints on the same element (for example with different
   * groups).
   */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    AiDisclosure[] value();
  }
}
