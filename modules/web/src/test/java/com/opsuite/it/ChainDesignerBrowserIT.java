package com.opsuite.it;

import static com.opsuite.it.ApprovalOrg.approvers;
import static com.opsuite.it.ApprovalOrg.id;
import static com.opsuite.it.ApprovalOrg.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tenant admin designs approval chains on the page. On a phone in Chinese: a chain with a
 * conditional quorum step is saved and new claims follow it; an unsound chain (a quorum above the
 * holders, a vacant position) is refused beside its steps with nothing typed lost; the reset goes
 * back to the module default after a confirmation. On a desktop in English: only the enabled
 * modules' document types are offered, and a save based on a version someone else replaced is
 * refused showing the chain now in force. Someone without the permission is refused the page.
 */
@ExtendWith(ArquillianExtension.class)
class ChainDesignerBrowserIT {

  private static final String CLAIM = "core.expense-claim";
  private static final String PAGE = "core/approval-chains.xhtml";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @ArquillianResource URL base;

  @Test
  void anAdminDesignsAConditionalChainOnAPhoneAndGoesBackToTheDefault() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "designer-phone");
    org.position("Auditor", org.headPosition, 1);
    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), org.tenant, TestTenants.adminEmail(org.tenant), TestTenants.PASSWORD);
      click(phone, By.id("nav-approval-chains"));
      assertEquals("0", visible(phone, By.id("chain-state")).getAttribute("data-version"));
      assertTrue(phone.driver().findElement(By.id("chain-state")).getText().contains("模块默认流程"));
      assertEquals("费用报销", selected(phone, "chain:type"));
      assertEquals(3, stepCount(phone));
      assertEquals(
          "直属上级审核",
          phone.driver().findElement(By.id("chain:steps:0:label")).getAttribute("placeholder"));
      phone.screenshot("chains-phone-default");
      assertNoHorizontalScroll(phone);

      // The manager's check stays; the reviewers decide by two votes above 1,000 yuan.
      click(phone, By.id("chain:steps:2:remove"));
      waitForSteps(phone, 2);
      click(phone, By.id("chain:steps:1:remove"));
      waitForSteps(phone, 1);
      click(phone, By.id("chain:add-step"));
      waitForSteps(phone, 2);
      type(phone, By.id("chain:steps:1:label"), "评审组");
      choose(phone, "chain:steps:1:kind", "达到指定人数同意");
      type(phone, By.id("chain:steps:1:quorum_input"), "2");
      choose(phone, "chain:steps:1:route", "某个岗位的在岗人员");
      choose(phone, "chain:steps:1:position", "Reviewer · Operations");
      type(phone, By.id("chain:steps:1:deadline_input"), "8");
      click(phone, By.id("chain:steps:1:add-condition"));
      type(phone, By.id("chain:steps:1:conditions:0:value"), "1000");
      assertEquals("金额（元）", selected(phone, "chain:steps:1:conditions:0:field"));
      assertEquals("大于", selected(phone, "chain:steps:1:conditions:0:operator"));
      phone.script(
          "arguments[0].scrollIntoView({block: 'start'});",
          phone.driver().findElement(By.cssSelector("li[data-step='2']")));
      phone.screenshot("chains-phone-edit");
      assertNoHorizontalScroll(phone);
      String saved = answer(phone, By.id("chain:save"), ".ui-messages-info");
      assertTrue(saved.contains("已保存为第 1 版"), saved);
      assertEquals(
          "1", phone.driver().findElement(By.id("chain-state")).getAttribute("data-version"));
      phone.screenshot("chains-phone-saved");

      JsonObject chain = chain(org.tenant);
      assertEquals(1, chain.getInt("version"));
      assertTrue(chain.getBoolean("custom"));
      List<JsonObject> defined = chain.getJsonArray("steps").getValuesAs(JsonObject.class);
      assertEquals(2, defined.size());
      assertEquals("manager", defined.get(0).getString("key"));
      assertEquals("SUBMITTER_MANAGER", defined.get(0).getString("route"));
      JsonObject board = defined.get(1);
      assertEquals("评审组", board.getString("label"));
      assertEquals("QUORUM", board.getString("kind"));
      assertEquals(2, board.getInt("quorum"));
      assertEquals("POSITION", board.getString("route"));
      assertEquals(org.reviewerPosition, board.getJsonNumber("positionId").longValue());
      assertEquals(8, board.getInt("deadlineHours"));
      JsonObject condition = board.getJsonArray("conditions").getJsonObject(0);
      assertEquals(
          "amount > 1000",
          condition.getString("field")
              + " "
              + condition.getString("operator")
              + " "
              + condition.getString("value"));

      // New claims follow version 1: the board only above 1,000 yuan.
      JsonObject large = org.claim("clerk", "DES-1", 5000);
      assertEquals(1, large.getInt("chainVersion"));
      assertEquals("ACTIVE,WAITING", steps(large));
      assertEquals("评审组", large.getJsonArray("steps").getJsonObject(1).getString("label"));
      assertEquals("ACTIVE,SKIPPED", steps(org.claim("clerk", "DES-2", 500)));
      JsonObject atBoard = org.acted("manager1", id(large), "approve", null);
      assertEquals("reviewer1,reviewer2,reviewer3", approvers(atBoard, 2));

      // Unsound: four votes of three reviewers, and a step for a position nobody holds.
      type(phone, By.id("chain:steps:1:quorum_input"), "4");
      click(phone, By.id("chain:add-step"));
      waitForSteps(phone, 3);
      type(phone, By.id("chain:steps:2:label"), "审计");
      choose(phone, "chain:steps:2:route", "某个岗位的在岗人员");
      choose(phone, "chain:steps:2:position", "Auditor · Operations");
      String refused = answer(phone, By.id("chain:save"), ".ui-messages-error");
      assertTrue(refused.contains("流程未保存"), refused);
      String board2 = stepText(phone, 2);
      assertTrue(board2.contains("要求 4 人同意，但该岗位或角色只有 3 人"), board2);
      String audit = stepText(phone, 3);
      assertTrue(audit.contains("\"Auditor\"目前没有可登录的在岗人员：流程将永远无法完成"), audit);
      assertEquals(
          "4",
          phone.driver().findElement(By.id("chain:steps:1:quorum_input")).getAttribute("value"));
      assertEquals(
          "评审组", phone.driver().findElement(By.id("chain:steps:1:label")).getAttribute("value"));
      assertEquals(
          "1000",
          phone
              .driver()
              .findElement(By.id("chain:steps:1:conditions:0:value"))
              .getAttribute("value"));
      assertEquals(
          "审计", phone.driver().findElement(By.id("chain:steps:2:label")).getAttribute("value"));
      assertEquals("Auditor · Operations", selected(phone, "chain:steps:2:position"));
      phone.script(
          "arguments[0].scrollIntoView({block: 'start'});",
          phone.driver().findElement(By.cssSelector("li[data-step='2'] .ops-step-problem")));
      phone.screenshot("chains-phone-refused");
      assertNoHorizontalScroll(phone);
      assertEquals(1, chain(org.tenant).getInt("version"), "nothing saved");

      // Back to the default, after a confirmation.
      click(phone, By.id("chain:reset"));
      WebElement yes = visible(phone, By.id("confirm-yes"));
      phone.screenshot("chains-phone-confirm-reset");
      String reset = answer(phone, yes, ".ui-messages-info");
      assertTrue(reset.contains("已恢复为模块默认流程（第 2 版）"), reset);
      waitForSteps(phone, 3);
      assertTrue(phone.driver().findElements(By.id("chain:reset")).isEmpty(), "already default");
      JsonObject back = chain(org.tenant);
      assertEquals(2, back.getInt("version"));
      assertFalse(back.getBoolean("custom"));
      assertEquals(3, back.getJsonArray("steps").size());
      List<WebElement> history =
          phone.driver().findElements(By.cssSelector("#history li[data-version]"));
      assertEquals(2, history.size());
      assertTrue(history.get(0).getText().contains("模块默认"), history.get(0).getText());
      assertTrue(history.get(1).getText().contains("自定义"), history.get(1).getText());
      phone.script("arguments[0].scrollIntoView({block: 'end'});", history.get(1));
      phone.screenshot("chains-phone-history");
    }
  }

  @Test
  void onADesktopOnlyEnabledModulesAreOfferedAndAStaleSaveShowsTheChainInForce() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "designer-desk");
    // Gas inspection was on for a while: its theft cases are no longer the tenant's business.
    for (String change :
        List.of("online-ops:true", "gas-inspection:true", "gas-inspection:false")) {
      String[] module = change.split(":");
      assertEquals(
          200,
          Http.put(
                  base.toURI().resolve("api/v1/core/modules/" + module[0]),
                  "{\"enabled\":" + module[1] + "}",
                  Http.asTenant(org.tenant))
              .statusCode());
    }
    try (Browser desktop = Browser.open(Viewport.DESKTOP, "en")) {
      desktop.signIn(
          base.toString(), org.tenant, TestTenants.adminEmail(org.tenant), TestTenants.PASSWORD);
      desktop.driver().get(base + "t/" + org.tenant + "/" + PAGE);
      click(desktop, By.id("chain:type"));
      List<String> offered =
          visible(desktop, By.id("chain:type_panel"))
              .findElements(By.cssSelector("li.ui-selectonemenu-item"))
              .stream()
              .map(li -> li.getAttribute("data-label"))
              .toList();
      assertEquals(
          List.of(
              "Expense claim",
              "Appraisal results",
              "Campaign plan",
              "Content review",
              "Design confirmation",
              "Design request",
              "Monthly design cost settlement"),
          offered,
          "core's types and the enabled online-ops', not the disabled modules'");
      pick(desktop, "chain:type", "Content review");
      visible(
          desktop, By.xpath("//*[@id='chain:steps:0:label' and @placeholder='Manager review']"));
      assertEquals(
          "Yes",
          selected(desktop, "chain:steps:1:conditions:0:flag"),
          "the default's yes/no condition");
      desktop.screenshot("chains-desktop-content");
      assertNoHorizontalScroll(desktop);

      // Back to expense claims: a new name for the manager's check, saved as version 1.
      choose(desktop, "chain:type", "Expense claim");
      visible(desktop, By.xpath("//*[@id='chain:steps:0:label' and @placeholder='Manager check']"));
      type(desktop, By.id("chain:steps:0:label"), "Line manager");
      String saved = answer(desktop, By.id("chain:save"), ".ui-messages-info");
      assertTrue(saved.contains("Saved as version 1"), saved);
      assertEquals(
          "Line manager",
          chain(org.tenant).getJsonArray("steps").getJsonObject(0).getString("label"));

      // Someone else saves version 2 while this admin edits version 1.
      type(desktop, By.id("chain:steps:0:label"), "Stale edit");
      HttpResponse<String> other =
          Http.put(
              base.toURI().resolve("api/v1/core/approvals/chains/" + CLAIM),
              "{\"version\":1,\"steps\":[{\"key\":\"api\",\"label\":\"From the API\","
                  + "\"kind\":\"SINGLE\",\"route\":\"COMPANY_HEAD\"}]}",
              Http.asTenant(org.tenant));
      assertEquals(200, other.statusCode(), other.body());
      String refused = answer(desktop, By.id("chain:save"), ".ui-messages-error");
      assertTrue(refused.contains("Someone else saved version 2 of this chain meanwhile"), refused);
      waitForSteps(desktop, 1);
      assertEquals(
          "From the API",
          desktop.driver().findElement(By.id("chain:steps:0:label")).getAttribute("value"));
      assertEquals(
          "2", desktop.driver().findElement(By.id("chain-state")).getAttribute("data-version"));
      desktop.screenshot("chains-desktop-conflict");
      assertNoHorizontalScroll(desktop);
      assertEquals(
          "From the API",
          chain(org.tenant).getJsonArray("steps").getJsonObject(0).getString("label"),
          "the other save stands");

      // Saving again, knowingly on top of version 2, goes through.
      type(desktop, By.id("chain:steps:0:label"), "GM sign-off");
      String again = answer(desktop, By.id("chain:save"), ".ui-messages-info");
      assertTrue(again.contains("Saved as version 3"), again);

      // In the other language the names follow; the chain stays as saved.
      WebElement title = desktop.driver().findElement(By.id("chains-title"));
      click(desktop, By.id("locale:zh"));
      desktop.waitUpTo(WAIT).until(Browser.gone(title));
      assertEquals("审批流程", visible(desktop, By.id("chains-title")).getText());
      assertEquals("费用报销", selected(desktop, "chain:type"));
      assertEquals("公司负责人（总经理）", selected(desktop, "chain:steps:0:route"));
      assertEquals(
          "GM sign-off",
          desktop.driver().findElement(By.id("chain:steps:0:label")).getAttribute("value"));
    }
  }

  @Test
  void someoneWithoutThePermissionIsRefusedThePage() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "designer-deny");
    PageSession clerk =
        PageSession.signIn(
            base.toURI(), org.tenant, org.person("clerk").email(), ApprovalOrg.PASSWORD);
    HttpResponse<String> home = clerk.follow(clerk.get("t/" + org.tenant + "/core/home.xhtml"));
    assertEquals(200, home.statusCode());
    assertFalse(home.body().contains("nav-approval-chains"), "no link to the designer");
    HttpResponse<String> page = clerk.get("t/" + org.tenant + "/" + PAGE);
    assertEquals(403, page.statusCode());
    assertFalse(page.body().contains("chain:save"), page.body());

    PageSession admin =
        PageSession.signIn(
            base.toURI(), org.tenant, TestTenants.adminEmail(org.tenant), TestTenants.PASSWORD);
    assertTrue(
        admin
            .follow(admin.get("t/" + org.tenant + "/core/home.xhtml"))
            .body()
            .contains("nav-approval-chains"));
    assertEquals(200, admin.get("t/" + org.tenant + "/" + PAGE).statusCode());
  }

  private JsonObject chain(String tenant) throws Exception {
    HttpResponse<String> response =
        Http.get(
            base.toURI().resolve("api/v1/core/approvals/chains/" + CLAIM), Http.asTenant(tenant));
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static int stepCount(Browser browser) {
    return browser.driver().findElements(By.cssSelector("li.ops-chain-step")).size();
  }

  private static void waitForSteps(Browser browser, int count) {
    browser.waitUpTo(WAIT).until(d -> stepCount(browser) == count);
  }

  private static String stepText(Browser browser, int stepNo) {
    return browser.driver().findElement(By.cssSelector("li[data-step='" + stepNo + "']")).getText();
  }

  /** Picks an option of a PrimeFaces select by its label, as a person taps it. */
  private static void choose(Browser browser, String menuId, String label) {
    // An earlier choice may still be re-rendering this menu; a tap on the old panel is lost.
    browser.awaitAjax(WAIT);
    click(browser, By.id(menuId));
    try {
      pick(browser, menuId, label);
    } catch (TimeoutException lost) {
      browser.awaitAjax(WAIT);
      click(browser, By.id(menuId));
      pick(browser, menuId, label);
    }
  }

  /**
   * Taps an option of an open select's panel. Not scrolled to first: PrimeFaces closes the panel
   * when the page scrolls.
   */
  private static void pick(Browser browser, String menuId, String label) {
    By option =
        By.cssSelector(
            "[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']");
    // A panel of an earlier rendering may linger in the page: pick the option the user sees.
    WebElement shown =
        browser
            .waitUpTo(WAIT)
            .until(
                d ->
                    d.findElements(option).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    shown.click();
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-label"), label));
  }

  /** The label a PrimeFaces select shows for its value. */
  private static String selected(Browser browser, String menuId) {
    return browser
        .driver()
        .findElement(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-label"))
        .getText();
  }

  private static WebElement visible(Browser browser, By by) {
    return browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
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
    WebElement input = visible(browser, by);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
    // A spinner puts its value back after clear(); selecting and deleting empties it as typing
    // does.
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  /** Clicks, waits until the page's messages are replaced, and returns the new one of the kind. */
  private static String answer(Browser browser, By button, String messageCss) {
    return answer(
        browser,
        browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(button)),
        messageCss);
  }

  private static String answer(Browser browser, WebElement button, String messageCss) {
    WebElement before = browser.driver().findElement(By.id("messages"));
    click(browser, button);
    browser.waitUpTo(WAIT).until(Browser.gone(before));
    return visible(browser, By.cssSelector(messageCss)).getText();
  }

  private static void assertNoHorizontalScroll(Browser browser) {
    long overflow =
        ((Number)
                browser.script(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;"))
            .longValue();
    assertEquals(0, overflow, "no horizontal scrolling");
  }
}
