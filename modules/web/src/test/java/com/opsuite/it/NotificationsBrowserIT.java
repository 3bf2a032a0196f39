package com.opsuite.it;

import static com.opsuite.it.ApprovalOrg.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager on a phone, in Chinese: the bell counts the unread notifications; the list shows them
 * newest first, unread ones marked; tapping one opens its approval and marks it read; all can be
 * marked read at once. The account page switches the mail off and chooses its language.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsBrowserIT {

  private static final By BELL_COUNT = By.id("nav-notifications-count");

  @ArquillianResource URL base;

  @Test
  void aManagerReadsNotificationsOnAPhone() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "notify-ui");
    long first = id(org.claim("clerk", "EC-U1", 300));
    org.claim("clerk2", "EC-U2", 400);
    String pages = base + "t/" + org.tenant + "/core/";

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), org.tenant, org.person("manager1").email(), ApprovalOrg.PASSWORD);
      assertEquals("2", text(visible(phone, BELL_COUNT)), "two unread beside the bell");

      phone.driver().findElement(By.id("nav-notifications")).click();
      WebElement newest = visible(phone, By.cssSelector("li.ops-notification"));
      assertTrue(newest.getText().contains("EC-U2"), "newest first: " + newest.getText());
      WebElement older = item(phone, first);
      assertEquals("false", older.getAttribute("data-read"));
      assertTrue(older.getText().contains("待审批"), older.getText());
      assertTrue(older.getText().contains("待您审批：Claim EC-U1"), older.getText());
      assertTrue(older.getText().contains("直属上级审核"), older.getText());
      phone.screenshot("notifications-phone-unread");
      assertNoHorizontalScroll(phone);

      // A tap opens the approval under Approvals and marks the line read.
      older.findElement(By.cssSelector("a.ops-notification-link")).click();
      WebElement opened =
          visible(phone, By.cssSelector("article[data-ref='EC-U1'] .ops-approval-detail"));
      assertTrue(phone.driver().getCurrentUrl().contains("open=" + first));
      long top =
          ((Number) phone.script("return arguments[0].getBoundingClientRect().top;", opened))
              .longValue();
      assertTrue(
          top >= 0 && top < Viewport.PHONE.height(), "scrolled to the opened approval: " + top);
      assertEquals("1", text(visible(phone, BELL_COUNT)));
      phone.screenshot("notifications-phone-opened-approval");

      phone.driver().get(pages + "notifications.xhtml");
      assertEquals("true", item(phone, first).getAttribute("data-read"));
      visible(phone, By.id("notifications:mark-all")).click();
      phone
          .waitUpTo(Duration.ofSeconds(20))
          .until(ExpectedConditions.invisibilityOfElementLocated(BELL_COUNT));
      assertTrue(
          phone.driver().findElements(By.cssSelector("li.ops-notification-unread")).isEmpty());
      phone.screenshot("notifications-phone-all-read");

      // The account page: mail off, in English (the choice is kept even while mail is off).
      phone.driver().get(pages + "account.xhtml");
      WebElement toggle =
          visible(phone, By.cssSelector("#mail\\:emailEnabled .ui-toggleswitch-slider"));
      phone.script("arguments[0].scrollIntoView({block: 'center'});", toggle);
      toggle.click();
      phone.driver().findElement(By.id("mail:mailLanguage")).click();
      visible(phone, By.cssSelector("#mail\\:mailLanguage_items li[data-label='英文']")).click();
      phone.driver().findElement(By.id("mail:save")).click();
      WebElement saved = visible(phone, By.cssSelector(".ui-messages-info"));
      assertTrue(saved.getText().contains("邮件通知设置已保存"), saved.getText());
      phone.screenshot("account-phone-mail-preferences");
      assertNoHorizontalScroll(phone);
      JsonObject preferences =
          Http.json(Http.get(org.api("notifications/preferences"), org.as("manager1")));
      assertFalse(preferences.getBoolean("emailEnabled"), preferences.toString());
      assertEquals("en", preferences.getString("mailLanguage"));
    }
  }

  private static WebElement item(Browser browser, long approvalId) {
    return visible(browser, By.cssSelector("li[data-approval='" + approvalId + "']"));
  }

  private static String text(WebElement element) {
    return element.getAttribute("textContent").strip();
  }

  private static WebElement visible(Browser browser, By by) {
    return browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
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
