package dev.attest.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** ITs whose tests all talk to the shared server: it and an {@link Api} for it, in fields. */
@ExtendWith(PayaraServer.class)
abstract class OnTheServer {
  static Api api;
  static PayaraServer.Running server;

  @BeforeAll
  static void connect(PayaraServer.Running running) {
    server = running;
    api = new Api(running);
  }
}
