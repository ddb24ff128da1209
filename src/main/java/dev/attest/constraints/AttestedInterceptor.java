package dev.attest.constraints;

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

  @AroundInvoke
  public Object analyseOnce(InvocationContext invocation) throws Exception {
    for (Object parameter : invocation.getParameters()) {
      if (parameter instanceof AttestedContent content && content.html() != null) {
        // the application's Analyzer bean, else the bundled rules: no producer is required
        RecentAnalyses.of(ContainerAnalyzer.current(), content.html(), content.language());
      }
    }
    return invocation.proceed();
  }
}
