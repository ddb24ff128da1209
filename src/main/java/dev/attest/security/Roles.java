package dev.attest.security;

import java.util.Set;

/** The roles of attest. */
public final class Roles {
  public static final String EDITOR = "EDITOR";
  public static final String CHIEF_EDITOR = "CHIEF_EDITOR";
  public static final String AUDITOR = "AUDITOR";
  public static final String ADMIN = "ADMIN";
  public static final Set<String> ALL = Set.of(EDITOR, CHIEF_EDITOR, AUDITOR, ADMIN);

  private Roles() {}
}
