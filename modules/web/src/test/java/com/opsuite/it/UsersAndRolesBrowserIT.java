package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tenant administrator manages users and roles on the pages, on a phone (in Chinese) and on a
 * desktop (in English): creates a custom role and edits its permissions, adds a user with it (a
 * weak first password is refused with the policy's message, and nothing typed is lost), and the new
 * user then reaches exactly the pages the role permits. Roles are changed, the user deactivated
 * through the confirm dialog, and every change is in the audit log. A stale role save is refused
 * with what the role now is, keeping the choices on the page.
 */
@ExtendWith(ArquillianExtension.class)
class UsersAndRolesBrowserIT {

  private static final String CLERK_PASSWORD = "Clerk-passw0rd-2026";
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** The texts the test checks, in the language its browser asks for. */
  private static final Map<Viewport, Texts> TEXTS =
      Map.of(
          Viewport.PHONE,
          new Texts("zh-CN,zh", "密码至少需要 10 个字符", "已添加用户", "无权访问", "已停用", "其他人刚刚修改了此角色"),
          Viewport.DESKTOP,
          new Texts(
              "en",
              "The password must have at least 10 characters",
              "User Li Lei added",
              "Not allowed",
              "Deactivated",
              "Someone else changed this role meanwhile"));

  @ArquillianResource URL base;

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void anAdministratorAddsAUserWhoReachesExactlyWhatTheirRolePermits(Viewport viewport)
      throws Exception {
    String size = viewport.name().toLowerCase(Locale.ROOT);
    Texts texts = TEXTS.get(viewport);
    String tenant = TestTenants.signUp(base.toURI(), "users-" + size, "gas-inspection");
    String admin = TestTenants.adminEmail(tenant);
    String clerk = "li.lei@" + tenant + ".example";
    try (Browser browser = Browser.open(viewport, texts.acceptLanguage())) {
      browser.signIn(base.toString(), tenant, admin, TestTenants.PASSWORD);

      // A custom role, created with one permission and a narrower data scope, then edited.
      click(browser, By.id("nav-roles"));
      click(browser, By.id("roles:new"));
      type(browser, By.id("role:code"), "log-reader");
      tick(browser, "role", "core.calendar.edit");
      click(
          browser,
          browser
              .driver()
              .findElement(By.cssSelector("#role\\:dataScope input[value='DEPARTMENT']"))
              .findElement(By.xpath("ancestor::div[contains(@class,'ui-radiobutton')][1]"))
              .findElement(By.cssSelector(".ui-radiobutton-box")));
      browser.screenshot("roles-" + size + "-new");
      confirmed(browser, By.id("role:save"));

      click(browser, By.cssSelector("button[data-code='custom.log-reader']"));
      tick(browser, "role", "core.audit.read");
      tick(browser, "role", "core.calendar.edit");
      assertTrue(isTicked(browser, "role", "core.audit.read"));
      assertFalse(isTicked(browser, "role", "core.calendar.edit"));
      browser.screenshot("roles-" + size + "-edit");
      confirmed(browser, By.id("role:save"));
      browser
          .waitUpTo(WAIT)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("roles:list")));
      browser.screenshot("roles-" + size + "-list");
      JsonObject role = role(tenant, "custom.log-reader");
      assertEquals(List.of("core.audit.read"), strings(role, "permissions"));
      assertEquals("DEPARTMENT", role.getString("dataScope"));

      // A user with that role: the weak first password is refused, the rest of the form stays.
      click(browser, By.id("nav-users"));
      type(browser, By.id("add:displayName"), "Li Lei");
      type(browser, By.id("add:email"), clerk);
      type(browser, By.id("add:password"), "short1");
      tick(browser, "add", "custom.log-reader");
      answered(browser, By.id("add:submit"));
      WebElement refused =
          browser
              .waitUpTo(WAIT)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#add .ui-message-error")));
      assertTrue(refused.getText().contains(texts.weakPassword()), refused.getText());
      assertEquals(
          "Li Lei", browser.driver().findElement(By.id("add:displayName")).getAttribute("value"));
      assertEquals(clerk, browser.driver().findElement(By.id("add:email")).getAttribute("value"));
      assertTrue(isTicked(browser, "add", "custom.log-reader"), "the chosen role stays chosen");
      browser.screenshot("users-" + size + "-weak-password");
      assertFalse(users(tenant).containsKey(clerk), "nothing saved");

      type(browser, By.id("add:password"), CLERK_PASSWORD);
      String added = confirmed(browser, By.id("add:submit"));
      assertTrue(added.contains(texts.added()), added);
      WebElement row = userRow(browser, clerk);
      assertTrue(row.getText().contains("log-reader"), row.getText());
      browser.screenshot("users-" + size + "-added");
      assertEquals(List.of("custom.log-reader"), strings(users(tenant).get(clerk), "roles"));

      // The new user: the audit log, which the role grants; nothing else of the administration.
      try (Browser clerkBrowser = Browser.open(viewport, texts.acceptLanguage())) {
        clerkBrowser.signIn(base.toString(), tenant, clerk, CLERK_PASSWORD);
        clerkBrowser.driver().get(page(tenant, "core/home.xhtml"));
        clerkBrowser
            .waitUpTo(WAIT)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("nav-audit")));
        for (String hidden : List.of("nav-users", "nav-roles", "nav-settings", "nav-modules")) {
          assertTrue(
              clerkBrowser.driver().findElements(By.id(hidden)).isEmpty(), hidden + " not shown");
        }
        clerkBrowser.driver().get(page(tenant, "core/audit.xhtml"));
        clerkBrowser
            .waitUpTo(WAIT)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:events")));
        for (String refusedPage :
            List.of("core/users.xhtml", "core/roles.xhtml", "core/settings.xhtml")) {
          assertForbidden(clerkBrowser, tenant, refusedPage, texts);
        }
        clerkBrowser.screenshot("users-" + size + "-clerk-forbidden");

        // The administrator changes the user's roles, then deactivates them after confirming.
        click(browser, userRow(browser, clerk).findElement(By.cssSelector("button[id$=':roles']")));
        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("edit")));
        assertTrue(isTicked(browser, "edit", "custom.log-reader"));
        tick(browser, "edit", "gas-inspection.inspector");
        browser.screenshot("users-" + size + "-edit-roles");
        confirmed(browser, By.id("edit:save"));
        assertEquals(
            List.of("custom.log-reader", "gas-inspection.inspector"),
            strings(users(tenant).get(clerk), "roles"));

        click(
            browser,
            userRow(browser, clerk).findElement(By.cssSelector("button[id$=':deactivate']")));
        browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(By.id("users:yes")));
        browser.screenshot("users-" + size + "-confirm-deactivate");
        confirmed(browser, By.id("users:yes"));
        browser
            .waitUpTo(WAIT)
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.xpath(userRowXpath(clerk)), texts.deactivated()));
        assertFalse(users(tenant).get(clerk).getBoolean("active"));
        assertTrue(
            userRow(browser, admin)
                .findElements(By.cssSelector("button[id$=':deactivate']"))
                .isEmpty(),
            "administrators cannot deactivate themselves here");
        browser.screenshot("users-" + size + "-deactivated");

        // A deactivated user's session holds no permission any more.
        assertForbidden(clerkBrowser, tenant, "core/audit.xhtml", texts);
      }
    }

    long clerkId = users(tenant).get(clerk).getJsonNumber("id").longValue();
    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of(
              "role.created custom.log-reader",
              "role.changed custom.log-reader",
              "user.created " + clerk,
              "role.assigned user " + clerkId,
              "role.assigned user " + clerkId,
              "user.deactivated " + clerk),
          TestDatabase.strings(
              db,
              "SELECT action || ' ' || target FROM audit_event WHERE tenant_id = ? AND actor = ?"
                  + " AND target IN ('custom.log-reader', ?, ?) ORDER BY id",
              tenant,
              admin,
              clerk,
              "user " + clerkId),
          "every change is audited, under the administrator's name");
    }
  }

  @Test
  void aStaleRoleSaveIsRefusedWithTheRoleAsItIsNowAndLosesNothing() throws Exception {
    Texts texts = TEXTS.get(Viewport.DESKTOP);
    String tenant = TestTenants.signUp(base.toURI(), "roles-stale");
    URI roleUri = base.toURI().resolve("api/v1/core/roles/custom.shift-lead");
    assertEquals(
        200,
        Http.put(roleUri, "{\"permissions\":[\"core.calendar.edit\"]}", asTenant(tenant))
            .statusCode());
    try (Browser browser = Browser.open(Viewport.DESKTOP, texts.acceptLanguage())) {
      browser.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      browser.driver().get(page(tenant, "core/roles.xhtml"));
      click(browser, By.cssSelector("button[data-code='custom.shift-lead']"));
      tick(browser, "role", "core.audit.read");

      // Meanwhile, someone else saves the role.
      long version = role(tenant, "custom.shift-lead").getJsonNumber("version").longValue();
      assertEquals(
          200,
          Http.put(
                  roleUri,
                  "{\"permissions\":[\"core.settings.edit\"],\"version\":" + version + "}",
                  asTenant(tenant))
              .statusCode());

      answered(browser, By.id("role:save"));
      WebElement refused =
          browser
              .waitUpTo(WAIT)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".ui-messages-error")));
      assertTrue(refused.getText().contains(texts.changedMeanwhile()), refused.getText());
      assertTrue(refused.getText().contains("Change settings"), "what the role has now");
      assertTrue(isTicked(browser, "role", "core.audit.read"), "the user's choices stay");
      assertTrue(isTicked(browser, "role", "core.calendar.edit"));
      assertFalse(isTicked(browser, "role", "core.settings.edit"));
      browser.screenshot("roles-desktop-conflict");
      assertEquals(
          List.of("core.settings.edit"),
          strings(role(tenant, "custom.shift-lead"), "permissions"),
          "the other save stands");

      confirmed(browser, By.id("role:save"));
      assertEquals(
          List.of("core.audit.read", "core.calendar.edit"),
          strings(role(tenant, "custom.shift-lead"), "permissions"),
          "saving again after seeing the conflict goes through");
    }
  }

  private void assertForbidden(Browser browser, String tenant, String view, Texts texts) {
    browser.driver().get(page(tenant, view));
    WebElement title =
        browser
            .waitUpTo(WAIT)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("forbidden-title")));
    assertEquals(texts.forbidden(), title.getText(), view);
  }

  private String page(String tenant, String view) {
    return base + "t/" + tenant + "/" + view;
  }

  private static void click(Browser browser, By by) {
    click(browser, browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(by)));
  }

  /** Clicks in the middle of the screen, where the sticky top bar cannot cover the element. */
  private static void click(Browser browser, WebElement element) {
    browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
    browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private static void type(Browser browser, By by, String text) {
    WebElement input =
        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    input.clear();
    input.sendKeys(text);
  }

  /** Toggles the form's PrimeFaces checkbox of a role or permission, as a person taps it. */
  private static void tick(Browser browser, String form, String code) {
    click(browser, By.cssSelector("#" + form + " [data-code='" + code + "'] .ui-chkbox-box"));
  }

  private static boolean isTicked(Browser browser, String form, String code) {
    WebElement box =
        browser.driver().findElement(By.cssSelector("#" + form + " [data-code='" + code + "']"));
    return (Boolean) browser.script("return arguments[0].querySelector('input').checked;", box);
  }

  /**
   * Clicks a button whose answer re-renders the page's messages and returns the confirmation; an
   * earlier message still on the page does not count.
   */
  private static String confirmed(Browser browser, By button) {
    answered(browser, button);
    return browser
        .waitUpTo(WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")))
        .getText();
  }

  /** Clicks the button and waits until the answer has replaced the page's messages. */
  private static void answered(Browser browser, By button) {
    WebElement before = browser.driver().findElement(By.id("messages"));
    click(browser, button);
    browser.waitUpTo(WAIT).until(Browser.gone(before));
  }

  private static String userRowXpath(String email) {
    return "//tr[.//span[@class='ops-user-email' and text()='" + email + "']]";
  }

  private static WebElement userRow(Browser browser, String email) {
    return browser
        .waitUpTo(WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.xpath(userRowXpath(email))));
  }

  private JsonObject role(String tenant, String code) throws Exception {
    return Http.jsonArray(Http.get(base.toURI().resolve("api/v1/core/roles"), asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, JsonObject> users(String tenant) throws Exception {
    return Http.jsonArray(Http.get(base.toURI().resolve("api/v1/core/users"), asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(java.util.stream.Collectors.toMap(u -> u.getString("email"), u -> u));
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .sorted()
        .toList();
  }

  private record Texts(
      String acceptLanguage,
      String weakPassword,
      String added,
      String forbidden,
      String deactivated,
      String changedMeanwhile) {}
}
