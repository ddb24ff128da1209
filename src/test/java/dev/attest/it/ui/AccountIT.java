package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import org.junit.jupiter.api.Test;

/**
 * A user changes their password in the browser: mistakes are explained in place, the change keeps
 * this session going, and the next sign-in takes the new password only.
 */
class AccountIT extends InChromium {
  static final String NEW_PASSWORD = "the new passphrase of an auditor";

  @Test
  void aUserChangesTheirPasswordFromTheHeader(PayaraServer.Running server) throws Exception {
    String name = String.format("acct%09d", System.nanoTime() % 1_000_000_000);
    Api.createUser(server, name, null, "AUDITOR");
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, name, PayaraServer.Running.TEST_PASSWORD);

    page.locator("#who").click();
    assertThat(page.locator("h1")).hasText("Change your password");
    page.locator("#current-password").fill("not the password at all");
    page.locator("#new-password").fill(NEW_PASSWORD);
    page.locator("#repeat-password").fill(NEW_PASSWORD + "!");
    page.locator("form button[type=submit]").click();
    assertThat(page.locator("#password-error"))
        .hasText("The two new passwords differ; type it again.");

    page.locator("#repeat-password").fill(NEW_PASSWORD);
    page.locator("form button[type=submit]").click();
    assertThat(page.locator("#password-error")).hasText("The current password is not right.");

    page.locator("#current-password").fill(PayaraServer.Running.TEST_PASSWORD);
    page.locator("form button[type=submit]").click();
    assertThat(page.locator("#password-changed")).isVisible();
    assertThat(page.locator("#password-error")).isHidden();
    assertThat(page.locator("#current-password")).hasValue("");

    page.locator("nav a[href='#/audit']").click();
    assertThat(page.locator("h1")).hasText("Audit");
    page.locator("#sign-out").click();
    page.locator("#user").fill(name);
    page.locator("#password").fill(PayaraServer.Running.TEST_PASSWORD);
    page.locator("form.sign-in button[type=submit]").click();
    assertThat(page.locator("#sign-in-error")).isVisible();
    page.locator("#password").fill(NEW_PASSWORD);
    page.locator("form.sign-in button[type=submit]").click();
    assertThat(page.locator("#who")).hasText("Signed in as " + name);
    context.close();
  }
}
