package com.opsuite.it;

import static com.opsuite.it.OnlineTicketsData.id;
import static com.opsuite.it.OnlineTicketsData.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An agent works the ticket list on a phone in Chinese: the countdowns (red once overdue), a
 * ticket's thread, a reply that stops the clock; the manager sees the same list on a desktop in
 * English with the month's replies per agent, and opens a suggestion for review.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineTicketsBrowserIT {

  @ArquillianResource URL base;

  @Test
  void anAgentRepliesOnAPhoneAndTheManagerReadsTheListOnADesktop() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "otk-ui");
    long clerk = d.co.userId("clerk");
    long late =
        id(
            d.opened(
                "clerk",
                ticket(
                        "COMPLAINT",
                        "快递外包装破损，商品有划痕，要求退换",
                        Instant.now().minus(Duration.ofHours(14)).toString())
                    .add("subject", "商品破损投诉")
                    .add("assigneeId", clerk)));
    long fresh =
        id(
            d.opened(
                "clerk",
                ticket("INQUIRY", "周末活动几点开始？", Instant.now().minus(Duration.ofHours(2)).toString())
                    .add("subject", "周末活动时间")
                    .add("assigneeId", clerk)));
    d.opened(
        "clerk",
        ticket("SUGGESTION", "Please add an English menu", null).add("subject", "English menu"));
    String list = base + "t/" + d.co.tenant + "/online-ops/tickets.xhtml";

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), d.co.tenant, d.co.org.person("clerk").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(list);
      visible(phone, By.cssSelector("a[data-ticket='" + fresh + "']"));
      assertTrue(phone.driver().findElement(By.tagName("h1")).getText().contains("客户服务"));
      WebElement overdue =
          phone
              .driver()
              .findElement(
                  By.xpath(
                      "//tr[.//a[@data-ticket='"
                          + late
                          + "']]//span[contains(@class,'svc-countdown')]"));
      assertTrue(
          overdue.getAttribute("class").contains("svc-breached"), overdue.getAttribute("class"));
      assertTrue(overdue.getText().startsWith("已超时 2 小时"), overdue.getText());
      WebElement waiting =
          phone
              .driver()
              .findElement(
                  By.xpath(
                      "//tr[.//a[@data-ticket='"
                          + fresh
                          + "']]//span[contains(@class,'svc-countdown')]"));
      assertTrue(
          waiting.getText().startsWith("剩余 9 小时") || waiting.getText().startsWith("剩余 10 小时"),
          waiting.getText());
      assertTrue(!waiting.getAttribute("class").contains("svc-breached"));
      phone.screenshot("online-tickets-phone-list");
      assertNoHorizontalScroll(phone);

      phone.driver().findElement(By.cssSelector("a[data-ticket='" + late + "']")).click();
      assertEquals("商品破损投诉", visible(phone, By.id("ticket-title")).getText());
      assertTrue(phone.driver().findElement(By.tagName("body")).getText().contains("快递外包装破损"));
      WebElement box = phone.driver().findElement(By.id("reply:text"));
      phone.script("arguments[0].scrollIntoView({block: 'center'});", box);
      box.sendKeys("非常抱歉，我们已为您安排退换货。");
      phone.screenshot("online-tickets-phone-ticket");
      assertNoHorizontalScroll(phone);
      phone.driver().findElement(By.id("reply:send")).click();
      WebElement done = visible(phone, By.cssSelector(".ui-messages-info"));
      assertTrue(done.getText().contains("回复已发送"), done.getText());
      assertTrue(phone.driver().findElement(By.tagName("body")).getText().contains("我们已为您安排退换货"));
      assertTrue(phone.driver().findElements(By.id("ticket-countdown")).isEmpty());
      phone.screenshot("online-tickets-phone-replied");
      assertNoHorizontalScroll(phone);
    }
    JsonObject replied = d.get("clerk", late);
    assertEquals(0, replied.getJsonObject("ticket").getInt("waitingMessages"));
    assertEquals("REPLY", replied.getJsonArray("messages").getJsonObject(1).getString("direction"));

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "en")) {
      desktop.signIn(
          base.toString(), d.co.tenant, d.co.org.person("manager1").email(), ApprovalOrg.PASSWORD);
      desktop.driver().get(list);
      visible(desktop, By.cssSelector("a[data-ticket='" + fresh + "']"));
      assertEquals(3, desktop.driver().findElements(By.cssSelector("a[data-ticket]")).size());
      visible(desktop, By.cssSelector(".svc-chart canvas"));
      String body = desktop.driver().findElement(By.tagName("body")).getText();
      assertTrue(body.contains("Replies this month per agent"), body);
      assertTrue(body.contains("left"), body);
      desktop.screenshot("online-tickets-desktop-list");
      assertNoHorizontalScroll(desktop);

      desktop
          .driver()
          .findElement(
              By.cssSelector(
                  "a[data-ticket]:not([data-ticket='"
                      + late
                      + "']):not([data-ticket='"
                      + fresh
                      + "'])"))
          .click();
      visible(desktop, By.id("review:outcome"));
      desktop.screenshot("online-tickets-desktop-suggestion");

      // The complaint through the page: hand-over, result to the customer, callback.
      desktop.driver().get(base + "t/" + d.co.tenant + "/online-ops/ticket.xhtml?id=" + late);
      new Select(visible(desktop, By.id("handover:department"))).selectByVisibleText("Operations");
      desktop.driver().findElement(By.id("handover:go")).click();
      WebElement result = visible(desktop, By.id("followup:result"));
      assertEquals(
          "With the department", desktop.driver().findElement(By.id("ticket-status")).getText());
      result.sendKeys("A replacement was sent on Monday.");
      desktop.driver().findElement(By.id("followup:sendResult")).click();
      new Select(visible(desktop, By.id("callback:score"))).selectByVisibleText("5");
      desktop.driver().findElement(By.id("callback:callbackNote")).sendKeys("Very satisfied");
      desktop.screenshot("online-tickets-desktop-callback");
      desktop.driver().findElement(By.id("callback:record")).click();
      WebElement score = visible(desktop, By.id("ticket-score"));
      assertTrue(score.getText().startsWith("5 / 5"), score.getText());
      assertEquals("Closed", desktop.driver().findElement(By.id("ticket-status")).getText());
      desktop.screenshot("online-tickets-desktop-closed");
    }
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
