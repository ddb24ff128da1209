package dev.attest.constraints;

import dev.attest.analysis.Analyzer;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * The one concern of {@link Attested}: analyse the saved content once, before the save. Priority
 * {@code APPLICATION + 100}: after platform interceptors such as {@code @Transactional}
 * (PLATFORM_BEFORE + 200), so the analysis runs inside the save's transaction but before any
 * application-level interceptor that might use it.
 */
@Attested
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class AttestedInterceptor {
  /**
   * Looked up once: the container's Analyzer bean is dependent, and each lookup would create one.
   */
  private Analyzer analyzer;

  @AroundInvoke
  public Object analyseOnce(InvocationContext invocation) throws Exception {
    for (Object parameter : invocation.getParameters()) {
      if (parameter instanceof AttestedContent content && content.html() != null) {
        if (analyzer == null) {
          // the application's Analyzer bean, else the bundled rules: no producer is required
          analyzer = ContainerAnalyzer.current();
        }
        RecentAnalyses.of(analyzer, content.html(), content.language());
      }
    }
    return invocation.proceed();
  }
}
