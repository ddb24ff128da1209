package dev.attest.security.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins in a row for one user
 * name, that name is refused for {@value #LOCK_SECONDS} seconds without checking the password
 * (which also spares the server the PBKDF2 work). A successful login resets the count. Kept in
 * memory per server; bounded in size, so a flood of made-up names cannot exhaust it.
 */
final class LoginThrottle {
  static final int MAX_FAILURES = 10;
  static final long LOCK_SECONDS = 60;
  static final int MAX_TRACKED = 10_000;

  private record Failures(int count, long lastAt, long lockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final LongSupplier clock;

  LoginThrottle(LongSupplier millis) {
    this.clock = millis;
  }

  /** Whether logins for this name are refused right now. */
  boolean isLocked(String name) {
    return lockedSeconds(name) > 0;
  }

  /** For how many more seconds (rounded up) logins for this name are refused; 0 when not. */
  long lockedSeconds(String name) {
    Failures f = failures.get(name);
    long left = f == null ? 0 : f.lockedUntil() - clock.getAsLong();
    return left <= 0 ? 0 : (left + 999) / 1000;
  }

  /** Records a failed login; returns true when it starts a lock. */
  boolean failed(String name) {
    long now = clock.getAsLong();
    if (failures.size() >= MAX_TRACKED) {
      failures
          .values()
          .removeIf(f -> f.lockedUntil() <= now && now - f.lastAt() > LOCK_SECONDS * 1000);
      if (failures.size() >= MAX_TRACKED) {
        failures.clear();
      }
    }
    Failures after =
        failures.merge(
            name,
            new Failures(1, now, 0),
            (old, one) -> {
              int count = old.lockedUntil() != 0 && old.lockedUntil() <= now ? 1 : old.count() + 1;
              return new Failures(
                  count, now, count >= MAX_FAILURES ? now + LOCK_SECONDS * 1000 : 0);
            });
    return after.count() == MAX_FAILURES;
  }

  void succeeded(String name) {
    failures.remove(name);
  }

  /** How many names are tracked now. */
  int tracked() {
    return failures.size();
  }
}
