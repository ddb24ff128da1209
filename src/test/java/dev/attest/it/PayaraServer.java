package dev.attest.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real Payara Micro running attest's WAR as a child process on a free port, shared by every
 * integration test of a run and stopped when the run ends. Its log goes to {@code
 * target/payara-<port>.log}.
 */
public final class PayaraServer implements BeforeAllCallback, ParameterResolver {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  /** A started server: its base URI and an HTTP client for it. */
  public static final class Running
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    /** The password of the users the tests create (long enough for attest's minimum). */
    public static final String TEST_PASSWORD = "test-password-of-it";

    private static final java.util.Set<String> DEMO_USERS =
        java.util.Set.of("editor", "chief", "auditor", "admin");

    private final Process process;
    private final URI base;
    private final Path log;

    /**
     * HTTP/1.1, as curl, browsers and CMS clients speak to a plain-HTTP address. Java's client
     * would otherwise upgrade each connection to HTTP/2 over cleartext (h2c) and multiplex every
     * thread's requests on it; under heavy load Payara's HTTP/2 layer was seen closing such a
     * connection mid-response ("Unable to write GOAWAY"), failing tests for reasons that are not
     * attest's.
     */
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Running(Process process, URI base, Path log) {
      this.process = process;
      this.base = base;
      this.log = log;
    }

    public URI uri(String path) {
      return base.resolve(path);
    }

    /**
     * A request to {@code path} signed in as {@code user}: a demo user (password "demo") or one the
     * tests created with {@link #TEST_PASSWORD}.
     */
    public HttpRequest.Builder as(String user, String path) {
      return as(user, DEMO_USERS.contains(user) ? "demo" : TEST_PASSWORD, path);
    }

    /** A request to {@code path} with HTTP Basic credentials. */
    public HttpRequest.Builder as(String user, String password, String path) {
      String credentials =
          java.util.Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials);
    }

    public HttpClient http() {
      return http;
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public String log() throws IOException {
      return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    running(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Running.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return running(context);
  }

  private static Running running(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Running.class, key -> start(Map.of()), Running.class);
  }

  /** Starts a server with extra environment variables and waits until it answers. */
  public static Running start(Map<String, String> environment) {
    try {
      int port = freePort();
      Path log = Path.of("target", "payara-" + port + ".log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          new ArrayList<>(
              List.of(
                  java,
                  "-Xmx512m",
                  "-jar",
                  required("payara.micro.jar"),
                  "--deploy",
                  required("attest.war"),
                  "--contextroot",
                  "/",
                  "--port",
                  String.valueOf(port),
                  "--nocluster",
                  "--rootDir",
                  Path.of("target", "payara-root-" + port).toAbsolutePath().toString()));
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder
          .environment()
          .put("ATTEST_DATA_DIR", Path.of("target", "it-data-" + port).toAbsolutePath().toString());
      builder.environment().putAll(ItDatabase.environment());
      builder.environment().put("ATTEST_DEMO", "true");
      builder.environment().putAll(environment);
      Process process = builder.start();
      Running running = new Running(process, URI.create("http://127.0.0.1:" + port + "/"), log);
      awaitReady(running, process);
      return running;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start Payara Micro", e);
    }
  }

  private static void awaitReady(Running running, Process process) throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    HttpRequest probe =
        HttpRequest.newBuilder(running.uri("health/ready")).timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited while starting:\n" + tail(running.log()));
      }
      String log = running.log();
      if (log.contains("Exception while loading the app")) {
        process.destroyForcibly();
        throw new IllegalStateException("attest failed to deploy:\n" + tail(log));
      }
      if (log.contains(" ready in ")) {
        try {
          if (running.send(probe).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      sleep();
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "Payara Micro did not become ready in " + START_TIMEOUT + ":\n" + tail(running.log()));
  }

  private static String tail(String log) {
    return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || !Files.exists(Path.of(value))) {
      throw new IllegalStateException(
          "system property "
              + property
              + " must name an existing file (set by the pom for failsafe), was "
              + value);
    }
    return value;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
