package dev.attest.audit.control;

import dev.attest.analysis.Analyzer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At startup: records the rules version in force when it differs from the last one in the trail.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class RulesVersionRecording {
  private static final Logger LOG = Logger.getLogger(RulesVersionRecording.class.getName());

  @Inject Analyzer analyzer;

  @Inject AuditLog audit;

  @PostConstruct
  void recordRulesVersion() {
    if (audit.recordRulesVersion(analyzer.rulesVersion(), "attest")) {
      LOG.info("rules version " + analyzer.rulesVersion() + " recorded in the audit trail");
    }
  }
}
