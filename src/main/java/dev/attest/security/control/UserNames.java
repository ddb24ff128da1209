package dev.attest.security.control;

import java.util.Locale;

/**
 * User names: 2 to 100 ASCII letters, digits or {@code . _ @ -}, one name whatever its case. New
 * names are stored in lower case; names stored before keep their case, and every look-up compares
 * {@link #key}s (the column {@code app_user.name_key}, unique).
 */
final class UserNames {
  private static final String PATTERN = "[A-Za-z0-9._@-]{2,100}";

  private UserNames() {}

  /** Whether {@code name} can be a user's name at all. */
  static boolean valid(String name) {
    return name != null && name.matches(PATTERN);
  }

  /** What names are compared by: the name in lower case. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
