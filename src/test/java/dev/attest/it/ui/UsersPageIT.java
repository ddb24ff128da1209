package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import org.junit.jupiter.api.Test;

/**
 * The admin's users page in a real Chromium: create a user (a refusal explained in place), change
 * their roles, set a new password, disable and enable them; other roles are not offered the page.
 */
class UsersPageIT extends InChromium {
  static final String RESET_PASSWORD = "a password the admin chose";

  @Test
  void anAdminCreatesAUserChangesTheirRolesAndSetsANewPassword(PayaraServer.Running server)
      throws Exception {
    String name = String.format("user%09d", System.nanoTime() % 1_000_000_000);
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "admin");
    page.locator("nav a[href='#/users']").click();
    assertThat(page.locator("h1")).hasText("Users");
    assertThat(page.locator("#users tr[data-name='chief']")).containsText("Charlotte Chief");
    assertThat(page.locator("#roles-chief-CHIEF_EDITOR")).isChecked();
    assertThat(page.locator("#roles-chief-EDITOR")).not().isChecked();

    page.locator("#new-name").fill(name);
    page.locator("#new-display-name").fill("Maren Holm");
    page.locator("#new-user-password").fill("short-pass");
    // past the browser's own check (minlength), the server's refusal shows in place
    page.evaluate("document.querySelector('#new-user-password').removeAttribute('minlength')");
    page.locator("#create-user button[type=submit]").click();
    assertThat(page.locator("#create-error")).containsText("at least 12 characters");
    page.locator("#new-user-password").fill(PayaraServer.Running.TEST_PASSWORD);
    page.locator("#create-user button[type=submit]").click();
    assertThat(page.locator("#users-status")).hasText(name + " can sign in now.");
    Locator row = page.locator("#users tr[data-name='" + name + "']");
    assertThat(row).containsText("Maren Holm");
    assertEquals(200, server.send(server.as(name, "api/articles").build()).statusCode());

    row.locator("#roles-" + name + "-EDITOR").uncheck();
    row.locator("#roles-" + name + "-AUDITOR").check();
    row.locator("button.save-roles").click();
    assertThat(page.locator("#users-status")).containsText("The roles of " + name);
    assertEquals("[\"AUDITOR\"]", Api.listedUser(server, name).get("roles").toString());

    row = page.locator("#users tr[data-name='" + name + "']");
    row.locator("input[type=password]").fill(RESET_PASSWORD);
    row.locator("button.set-password").click();
    assertThat(page.locator("#users-status")).containsText(name + " has a new password");
    assertEquals(
        200, server.send(server.as(name, RESET_PASSWORD, "api/audit/verify").build()).statusCode());
    assertEquals(401, server.send(server.as(name, "api/audit/verify").build()).statusCode());

    assertThat(page.locator("#users tr[data-name='admin'] button.set-enabled"))
        .hasCount(0); // not for one's own account
    row = page.locator("#users tr[data-name='" + name + "']");
    assertThat(row.locator(".access")).hasText("Active");
    row.locator("button.set-enabled").click();
    assertThat(page.locator("#users-status")).containsText(name + " can no longer sign in");
    row = page.locator("#users tr[data-name='" + name + "']");
    assertThat(row.locator(".access")).containsText("Disabled since");
    assertEquals(false, Api.listedUser(server, name).get("enabled").asBoolean());
    assertEquals(
        401, server.send(server.as(name, RESET_PASSWORD, "api/audit/verify").build()).statusCode());
    row.locator("button.set-enabled").click();
    assertThat(page.locator("#users-status")).hasText(name + " can sign in again.");
    assertEquals(
        200, server.send(server.as(name, RESET_PASSWORD, "api/audit/verify").build()).statusCode());
    context.close();
  }

  @Test
  void otherRolesAreNotOfferedThePage(PayaraServer.Running server) {
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "auditor");
    assertThat(page.locator("nav a[href='#/users']")).hasCount(0);
    page.navigate(chromium.url("#/users"));
    assertThat(page.locator("h1")).hasText("Not available");
    context.close();
  }
}
