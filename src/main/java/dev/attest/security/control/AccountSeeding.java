package dev.attest.security.control;

import dev.attest.platform.ProblemException;
import dev.attest.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At startup: in demo mode ({@code ATTEST_DEMO=true}) the users editor, chief, auditor and admin
 * with the password "demo"; otherwise the first admin from {@code ATTEST_ADMIN_PASSWORD} when no
 * admin exists yet. No other user exists until an admin creates one.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountSeeding {
  private static final Logger LOG = Logger.getLogger(AccountSeeding.class.getName());

  private static final String DEMO_PASSWORD = "demo";

  /** The actor of what attest does by itself at startup, in the audit trail. */
  private static final String SYSTEM = "attest";

  private static final java.util.List<String> DEMO_USERS =
      java.util.List.of("editor", "chief", "auditor", "admin");

  @Inject Users users;

  @Inject
  @ConfigProperty(name = "attest.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "attest.admin-password")
  Optional<String> adminPassword;

  @PostConstruct
  void seedAccounts() {
    if (!demo) {
      removeDemoAccounts();
    }
    if (demo) {
      seed("editor", "Erika Editor", Roles.EDITOR);
      seed("chief", "Charlotte Chief", Roles.CHIEF_EDITOR);
      seed("auditor", "Arne Auditor", Roles.AUDITOR);
      seed("admin", "Ada Admin", Roles.ADMIN);
      LOG.warning(
          "*** DEMO MODE: users editor, chief, auditor and admin exist with the password 'demo'. "
              + "Never run demo mode with real articles; unset ATTEST_DEMO for production. ***");
    }
    adminPassword
        .filter(p -> !p.isBlank())
        .ifPresent(
            password -> {
              if (!users.exists("admin")) {
                try {
                  users.create("admin", password, null, Set.of(Roles.ADMIN), SYSTEM);
                  LOG.info("created the first admin user 'admin' from ATTEST_ADMIN_PASSWORD");
                } catch (ProblemException e) {
                  LOG.severe(
                      "ATTEST_ADMIN_PASSWORD was not used, no admin exists: "
                          + e.problem().detail());
                }
              }
            });
  }

  /**
   * Outside demo mode, no account may still have the demo password (a database first used in demo
   * mode).
   */
  private void removeDemoAccounts() {
    for (String name : DEMO_USERS) {
      if (users.hasPassword(name, DEMO_PASSWORD)) {
        users.delete(name, SYSTEM);
        LOG.warning("removed the demo account '" + name + "' (password 'demo'): demo mode is off");
      }
    }
  }

  private void seed(String name, String displayName, String role) {
    if (!users.exists(name)) {
      users.createDemoAccount(name, DEMO_PASSWORD, displayName, role, SYSTEM);
    }
  }
}
