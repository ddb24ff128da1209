package dev.attest.it.ui;

import dev.attest.it.PayaraServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test: the shared Payara Micro, and a Chromium for the test class. */
@ExtendWith(PayaraServer.class)
abstract class InChromium {
  static Chromium chromium;

  @BeforeAll
  static void startChromium(PayaraServer.Running server) {
    chromium = new Chromium(server);
  }

  @AfterAll
  static void stopChromium() {
    chromium.close();
  }
}
