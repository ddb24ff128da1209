package dev.attest.constraints;

import dev.attest.analysis.Analyzer;
import dev.attest.analysis.Attest;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Chooses the {@link Analyzer} a validator uses: the container's when there is one, else the
 * bundled rules.
 */
final class ContainerAnalyzer {
  private ContainerAnalyzer() {}

  /**
   * The CDI bean of type {@link Analyzer} when running inside a CDI container that has exactly one;
   * otherwise (no container, no such bean, or no CDI API on the class path) the shared analyzer
   * with the bundled rules, {@link Attest#analyzer()}. A failure to create the container's bean
   * (for example a broken rule folder) is not hidden: it propagates.
   */
  static Analyzer current() {
    Analyzer analyzer;
    try {
      analyzer = Cdi.analyzer();
    } catch (NoClassDefFoundError e) {
      analyzer = null; // Bean Validation without the CDI API on the class path
    }
    return analyzer != null ? analyzer : Attest.analyzer();
  }

  /** Kept apart so that the CDI API is only loaded when it is used. */
  private static final class Cdi {
    static Analyzer analyzer() {
      CDI<Object> cdi;
      try {
        cdi = CDI.current();
      } catch (IllegalStateException e) {
        return null; // no CDI container (unit tests, a plain Java application)
      }
      Instance<Analyzer> candidates = cdi.select(Analyzer.class);
      return candidates.isResolvable() ? candidates.get() : null;
    }
  }
}
