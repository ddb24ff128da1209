package dev.attest.platform;

import dev.attest.analysis.Analyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Publishes how many articles the server has analysed since it started as the application gauge
 * {@code attest.analyses} (at {@code /metrics}, OpenMetrics name {@code attest_analyses}; a gauge
 * whose value only grows, read from the shared {@link Analyzer}): one per check, one per save
 * (shared by the interceptor, the save and both validators), one per publication's re-check. More
 * than that per save means the shared analysis stopped working.
 */
@ApplicationScoped
public class AnalysisMetrics {
  static final String NAME = "attest.analyses";

  @Inject MetricRegistry registry;
  @Inject Analyzer analyzer;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.gauge(
        Metadata.builder()
            .withName(NAME)
            .withDescription("Articles analysed (parsed and checked) since the server started")
            .build(),
        analyzer,
        Analyzer::analysesRun);
  }
}
