package dev.attest.it.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.attest.it.PayaraServer;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven by Playwright (no browser download:
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD). One browser per test class; each user gets a fresh context
 * (own cookies and local storage) unless a test shares one.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE =
      Path.of(System.getProperty("attest.chromium", "/usr/bin/chromium"));
  static final double WAIT_MS = 20_000;
  private static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private final Playwright playwright;
  private final Browser browser;
  private final PayaraServer.Running server;

  Chromium(PayaraServer.Running server) {
    this.server = server;
    this.playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    this.browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(ARGS));
  }

  /** A new browser context at a laptop width, with bounded waits. */
  BrowserContext context() {
    return context(1366, 900);
  }

  BrowserContext context(int width, int height) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setAcceptDownloads(true)
                .setLocale("en-GB"));
    context.setDefaultTimeout(WAIT_MS);
    return context;
  }

  /** A page of {@code context} signed in as a demo user through the sign-in page. */
  Page signIn(BrowserContext context, String user) {
    return signIn(context, user, "demo");
  }

  /** A page of {@code context} signed in through the sign-in page. */
  Page signIn(BrowserContext context, String user, String password) {
    Page page = context.newPage();
    page.onPageError(
        error -> {
          throw new AssertionError("script error in the UI: " + error);
        });
    page.navigate(url(""));
    page.locator("#user").fill(user);
    page.locator("#password").fill(password);
    page.locator("form.sign-in button[type=submit]").click();
    page.locator("#who").waitFor();
    return page;
  }

  String url(String path) {
    return server.uri(path).toString();
  }

  /**
   * Saves a PNG of the page to target/screenshots (the README's copies live in
   * src/docs/screenshots).
   */
  static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target", "screenshots", name + ".png"))
            .setFullPage(false));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
    removeChromiumTempFolders();
  }

  /** Chromium leaves org.chromium.Chromium.* folders in the temp folder. */
  private static void removeChromiumTempFolders() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(tmp, "org.chromium.Chromium.*")) {
      for (Path folder : leftovers) {
        try (Stream<Path> files = Files.walk(folder)) {
          files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
      }
    } catch (IOException ignored) {
      // best effort
    }
  }
}
