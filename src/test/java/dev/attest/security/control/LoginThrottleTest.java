package dev.attest.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  final AtomicLong now = new AtomicLong(1_000_000);
  final LoginThrottle throttle = new LoginThrottle(now::get);

  @Test
  void tenFailuresInARowLockTheNameForAMinute() {
    for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
      assertFalse(throttle.failed("anna"));
      assertFalse(throttle.isLocked("anna"), "after " + i + " failures");
    }
    assertEquals(0, throttle.lockedSeconds("anna"));
    assertTrue(throttle.failed("anna"), "the tenth failure starts the lock");
    assertTrue(throttle.isLocked("anna"));
    assertEquals(LoginThrottle.LOCK_SECONDS, throttle.lockedSeconds("anna"));
    now.addAndGet(1500);
    assertEquals(LoginThrottle.LOCK_SECONDS - 1, throttle.lockedSeconds("anna"), "rounded up");
    assertFalse(throttle.isLocked("ben"), "other names are not affected");
    now.addAndGet(LoginThrottle.LOCK_SECONDS * 1000 - 1501);
    assertTrue(throttle.isLocked("anna"));
    assertEquals(1, throttle.lockedSeconds("anna"));
    now.addAndGet(1);
    assertFalse(throttle.isLocked("anna"), "the lock ends");
    assertFalse(throttle.failed("anna"), "and the count starts again");
  }

  @Test
  void aSuccessResetsTheCount() {
    for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.failed("anna");
    }
    throttle.succeeded("anna");
    assertFalse(throttle.failed("anna"));
    assertFalse(throttle.isLocked("anna"));
  }

  @Test
  void aFloodOfNamesStaysBounded() {
    for (int i = 0; i < LoginThrottle.MAX_TRACKED * 3; i++) {
      throttle.failed("guess" + i);
      assertTrue(throttle.tracked() <= LoginThrottle.MAX_TRACKED);
    }
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.failed("anna");
    }
    assertTrue(throttle.isLocked("anna"));
    assertEquals(false, throttle.isLocked("guess0"));
  }
}
