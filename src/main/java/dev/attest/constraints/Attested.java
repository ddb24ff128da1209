package dev.attest.constraints;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a save method whose {@link AttestedContent} argument must be analysed before it runs. The
 * analysis happens once and is remembered for that content, so the method and the
 * {@code @AiDisclosure}/{@code @NamedAuthor} validators that run when the revision is persisted
 * reuse it instead of parsing again.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Attested {}
