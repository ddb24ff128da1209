package dev.attest.platform;

import dev.attest.analysis.Analyzer;
import dev.attest.analysis.Attest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one shared {@link Analyzer}: the rules in the folder {@code attest.rules.dir} (environment
 * {@code ATTEST_RULES_DIR}) when set, else the rules bundled with attest.
 */
@ApplicationScoped
public class Analyzers {
  private static final Logger LOG = Logger.getLogger(Analyzers.class.getName());

  @Inject
  @ConfigProperty(name = "attest.rules.dir")
  Optional<String> rulesDir;

  private Analyzer analyzer;

  /**
   * Dependent scope: Analyzer is final (immutable), so it is handed out as is, built once by this
   * bean.
   */
  @Produces
  synchronized Analyzer analyzer() {
    if (analyzer == null) {
      analyzer =
          rulesDir
              .filter(dir -> !dir.isBlank())
              .map(dir -> Attest.analyzer(Path.of(dir)))
              .orElseGet(Attest::analyzer);
      LOG.info(
          "attest rules "
              + analyzer.rulesVersion()
              + rulesDir.map(dir -> " from " + dir).orElse(" (bundled)"));
    }
    return analyzer;
  }
}
