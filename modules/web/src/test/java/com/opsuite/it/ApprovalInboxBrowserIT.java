package com.opsuite.it;

import static com.opsuite.it.ApprovalOrg.id;
import static com.opsuite.it.ApprovalOrg.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager decides their staff's expense claims from "My approvals" on a phone in Chinese:
 * approving takes two taps and moves the claim to "done"; rejecting asks for a comment first; a
 * claim someone else decided meanwhile is refused with a message and leaves the list. The outcome
 * is checked through the API.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalInboxBrowserIT {

  private static final By CONFIRM = By.id("decide:confirm");
  private static final By COMMENT = By.id("decide:comment");

  @ArquillianResource URL base;

  @Test
  void aManagerApprovesAndRejectsFromTheInboxOnAPhone() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "inbox-ui");
    long first = id(org.claim("clerk", "EC-B1", 300));
    String page = base + "t/" + org.tenant + "/core/approvals.xhtml";

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), org.tenant, org.person("manager1").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(page);
      WebElement card = card(phone, "EC-B1");
      assertTrue(
          box(phone, "pending").getText().contains("待我审批 (1)"), box(phone, "pending").getText());
      assertEquals(
          "1",
          phone.driver().findElement(By.id("nav-approvals-count")).getAttribute("textContent"),
          "the pending count beside the navigation link");
      assertTrue(card.getText().contains("费用报销"), card.getText());
      assertTrue(card.getText().contains("clerk"), card.getText());
      assertTrue(card.getText().contains("直属上级审核"), card.getText());
      phone.screenshot("approvals-phone-pending");
      assertNoHorizontalScroll(phone);

      // Two taps: the card's approve button, then the dialog's confirmation.
      card.findElement(By.cssSelector("button[id$=':approve']")).click();
      visible(phone, CONFIRM).click();
      gone(phone, "EC-B1");
      assertTrue(box(phone, "pending").getText().contains("(0)"), box(phone, "pending").getText());
      assertTrue(box(phone, "done").getText().contains("(1)"), box(phone, "done").getText());
      assertEquals("APPROVED", status(org.get("clerk", first)));
      assertTrue(
          phone.driver().findElements(By.id("nav-approvals-count")).isEmpty(),
          "the navigation's count follows");

      box(phone, "done").click();
      WebElement done = card(phone, "EC-B1");
      assertTrue(done.getText().contains("已通过"), done.getText());

      // A second claim is rejected, but not without a comment.
      long second = id(org.claim("clerk", "EC-B2", 450));
      phone.driver().get(page);
      card(phone, "EC-B2").findElement(By.cssSelector("button[id$=':reject']")).click();
      visible(phone, CONFIRM).click();
      WebElement missing = visible(phone, By.cssSelector("#decide-dialog .ui-message-error"));
      assertTrue(missing.getText().contains("请填写意见"), missing.getText());
      phone.screenshot("approvals-phone-reject-needs-comment");
      assertEquals(
          "PENDING", status(org.get("clerk", second)), "nothing decided without a comment");
      phone.driver().findElement(COMMENT).sendKeys("缺少发票");
      phone.driver().findElement(CONFIRM).click();
      gone(phone, "EC-B2");
      JsonObject rejected = org.get("clerk", second);
      assertEquals("REJECTED", status(rejected));
      List<JsonObject> history = rejected.getJsonArray("history").getValuesAs(JsonObject.class);
      assertEquals("REJECT", history.get(history.size() - 1).getString("action"));
      assertEquals("缺少发票", history.get(history.size() - 1).getString("comment"));

      // Opened from "done": the fields, the steps and the history with the comment.
      box(phone, "done").click();
      card(phone, "EC-B2").findElement(By.cssSelector("button[id$=':open']")).click();
      WebElement opened =
          visible(phone, By.cssSelector("article[data-ref='EC-B2'] .ops-approval-history"));
      assertTrue(opened.getText().contains("缺少发票"), opened.getText());
      assertTrue(card(phone, "EC-B2").getText().contains("450"), card(phone, "EC-B2").getText());
      phone.script("arguments[0].scrollIntoView({block: 'end'});", opened);
      phone.screenshot("approvals-phone-opened");
      assertNoHorizontalScroll(phone);

      // Someone else decides while the page is open: the user is told, and the list is refreshed.
      long third = id(org.claim("clerk", "EC-B3", 120));
      phone.driver().get(page);
      card(phone, "EC-B3").findElement(By.cssSelector("button[id$=':approve']")).click();
      org.acted("manager2", third, "approve", null);
      visible(phone, CONFIRM).click();
      WebElement refused = visible(phone, By.cssSelector(".ui-messages-error"));
      assertTrue(
          refused.getText().contains("已由他人处理") || refused.getText().contains("已有变化"),
          refused.getText());
      gone(phone, "EC-B3");
    }

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "zh-CN,zh")) {
      desktop.signIn(
          base.toString(), org.tenant, org.person("manager1").email(), ApprovalOrg.PASSWORD);
      desktop.driver().get(page);
      box(desktop, "done").click();
      card(desktop, "EC-B2").findElement(By.cssSelector("button[id$=':open']")).click();
      visible(desktop, By.cssSelector("article[data-ref='EC-B2'] .ops-approval-history"));
      desktop.screenshot("approvals-desktop-done");
      assertNoHorizontalScroll(desktop);

      // Searching the box: words of the reference narrow it; nothing matching says so.
      desktop.driver().findElement(By.id("inbox:q")).sendKeys("b1");
      desktop.driver().findElement(By.id("inbox:search")).click();
      gone(desktop, "EC-B2");
      card(desktop, "EC-B1");
      WebElement search = desktop.driver().findElement(By.id("inbox:q"));
      search.clear();
      search.sendKeys("100%");
      desktop.driver().findElement(By.id("inbox:search")).click();
      WebElement none = visible(desktop, By.id("inbox:empty"));
      assertTrue(none.getText().contains("没有符合筛选条件的审批"), none.getText());
    }
  }

  private static WebElement box(Browser browser, String box) {
    return visible(browser, By.cssSelector("button[data-box='" + box + "']"));
  }

  private static WebElement card(Browser browser, String ref) {
    return visible(browser, By.cssSelector("article[data-ref='" + ref + "']"));
  }

  private static WebElement visible(Browser browser, By by) {
    return browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static void gone(Browser browser, String ref) {
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("article[data-ref='" + ref + "']")));
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
