package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The meetings page in a browser: on a phone in Chinese last week's pack with its charts, exact
 * changes and no sideways scrolling, then the monthly pack where an action of the last meeting is
 * marked done; on a desktop in English the same pack and the data entry page storing a week. The
 * downloads posted from the page are a PDF and a workbook; another tenant's platforms never show.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineMeetingsBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @ArquillianResource URL base;

  @Test
  void theMeetingPacksOnAPhoneAndADesktop() throws Exception {
    OnlineCompany co = new OnlineCompany(base.toURI(), "om-page");
    OnlineCompany other = new OnlineCompany(base.toURI(), "om-page-b");
    co.grant("manager1", "operations-manager");
    OnlineMeetingsData data = new OnlineMeetingsData(co);
    long web = co.platform("WEBSITE", "官网", "manager1");
    long wechat = co.platform("WECHAT", "微信公众号", "manager1");
    other.platform("WEBSITE", "Other company site", null);
    LocalDate today = LocalDate.now(SHANGHAI);
    LocalDate lastMonday = today.with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
    data.weekOn(web, lastMonday.minusWeeks(1), 5000, null, 1200, 0, 800, 40);
    data.weekOn(web, lastMonday, 5100, 100L, 1500, 30, 600, 40);
    data.weekOn(wechat, lastMonday.minusWeeks(1), 300, 10L, 400, 5, 0, 0);
    data.weekOn(wechat, lastMonday, 330, 30L, 380, 9, 0, 1);
    YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
    long action =
        data.action(
            lastMonth.minusMonths(1).toString(),
            "每周发布两条短视频",
            "manager1",
            lastMonth.atDay(20),
            "OPEN");
    String page = base + "t/" + co.tenant + "/online-ops/meetings.xhtml";
    String email = co.org.person("manager1").email();

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), co.tenant, email, ApprovalOrg.PASSWORD);
      phone.driver().get(page);
      assertEquals("例会报告", visible(phone, By.id("meetings-title")).getText());
      chartsDrawn(phone);
      WebElement reads =
          visible(
              phone, By.xpath("//section[@data-platform='" + web + "']//tr[contains(., '阅读量')]"));
      assertTrue(reads.getText().contains("+300"), reads.getText());
      assertTrue(reads.getText().contains("+25.00 %"), reads.getText());
      WebElement interactions =
          phone
              .driver()
              .findElement(
                  By.xpath("//section[@data-platform='" + web + "']//tr[contains(., '互动量')]"));
      assertTrue(interactions.getText().contains("无变化率：上期为 0"), interactions.getText());
      assertFalse(phone.driver().getPageSource().contains("Other company site"));
      assertNoHorizontalScroll(phone);
      phone.script("window.scrollTo(0, 0);");
      phone.screenshot("online-meetings-phone");
      phone.script(
          "arguments[0].scrollIntoView({block: 'start'});",
          phone.driver().findElement(By.cssSelector("section[data-platform='" + web + "']")));
      phone.screenshot("online-meetings-phone-tables");

      // The monthly pack: the last meeting's action is marked done.
      WebElement heading = phone.driver().findElement(By.id("pack-heading"));
      new Select(phone.driver().findElement(By.id("meetings:kind"))).selectByValue("MONTHLY");
      phone.waitUpTo(WAIT).until(Browser.gone(heading));
      WebElement done =
          visible(
              phone,
              By.xpath(
                  "//*[@id='meetings:previous-actions']//button[contains(@class, 'om-done')]"));
      assertTrue(phone.driver().getPageSource().contains("每周发布两条短视频"));
      phone.script("arguments[0].scrollIntoView({block: 'center'});", done);
      done.click();
      phone.waitUpTo(WAIT).until(Browser.gone(done));
      phone.awaitAjax(WAIT);
      WebElement status =
          visible(phone, By.xpath("//*[@id='meetings:previous-actions']//*[@data-status]"));
      assertEquals("DONE", status.getAttribute("data-status"));
      assertEquals(
          1,
          data.count(
              "SELECT count(*) FROM online_improvement_action WHERE tenant_id = ?"
                  + " AND status = 'DONE' AND id = "
                  + action));
      assertNoHorizontalScroll(phone);
      phone.script(
          "arguments[0].scrollIntoView({block: 'start'});",
          phone.driver().findElement(By.id("meetings:actions")));
      phone.screenshot("online-meetings-phone-monthly");

      // The data entry page on the phone.
      phone.driver().get(base + "t/" + co.tenant + "/online-ops/platform-data.xhtml");
      assertEquals("平台数据", visible(phone, By.id("data-title")).getText());
      assertNoHorizontalScroll(phone);
      phone.screenshot("online-meetings-data-phone");
    }

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "en")) {
      desktop.signIn(base.toString(), co.tenant, email, ApprovalOrg.PASSWORD);
      desktop.driver().get(page);
      assertEquals("Meeting reports", visible(desktop, By.id("meetings-title")).getText());
      chartsDrawn(desktop);
      desktop.script("window.scrollTo(0, 0);");
      desktop.screenshot("online-meetings-desktop");

      // A week entered by hand: the week before last for WeChat, changed.
      desktop.driver().get(base + "t/" + co.tenant + "/online-ops/platform-data.xhtml");
      visible(desktop, By.id("data-title"));
      Select platform = new Select(desktop.driver().findElement(By.id("entry:platform")));
      if (!platform.getFirstSelectedOption().getAttribute("value").equals(String.valueOf(wechat))) {
        WebElement followers = desktop.driver().findElement(By.id("entry:followers"));
        platform.selectByValue(String.valueOf(wechat));
        desktop.waitUpTo(WAIT).until(Browser.gone(followers));
        desktop.awaitAjax(WAIT);
      }
      WebElement reads = visible(desktop, By.id("entry:reads"));
      assertEquals("380", reads.getAttribute("value"), "last week's stored figures are shown");
      reads.clear();
      reads.sendKeys("420");
      desktop.driver().findElement(By.id("entry:save")).click();
      desktop.awaitAjax(WAIT);
      visible(desktop, By.xpath("//*[@id='messages']//*[contains(., 'saved')]"));
      desktop
          .waitUpTo(WAIT)
          .until(
              d ->
                  data.count(
                          "SELECT reads FROM online_platform_week WHERE tenant_id = ? AND platform_id = "
                              + wechat
                              + " AND week_start = DATE '"
                              + lastMonday
                              + "'")
                      == 420);
      desktop.screenshot("online-meetings-data-desktop");
    }

    // The downloads as the page's buttons post them.
    PageSession session = PageSession.signIn(base.toURI(), co.tenant, email, ApprovalOrg.PASSWORD);
    HttpResponse<String> shown = session.get("t/" + co.tenant + "/online-ops/meetings.xhtml");
    assertEquals(200, shown.statusCode());
    HttpResponse<String> pdf = session.submit(shown, "meetings", "download-pdf", Map.of());
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
    shown = session.get("t/" + co.tenant + "/online-ops/meetings.xhtml");
    HttpResponse<String> xlsx = session.submit(shown, "meetings", "download-xlsx", Map.of());
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
    assertTrue(xlsx.body().startsWith("PK"), "a zip workbook");

    // Someone without the reports permission is refused the page.
    try (Browser phone = Browser.open(Viewport.PHONE, "en")) {
      phone.signIn(
          base.toString(), co.tenant, co.org.person("clerk").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(page);
      visible(phone, By.id("forbidden-title"));
      assertFalse(phone.driver().getPageSource().contains("官网"));
    }
  }

  private static void chartsDrawn(Browser b) {
    for (String chart : new String[] {"figure-chart", "published-chart"}) {
      WebElement canvas = visible(b, By.cssSelector("[id='meetings:" + chart + "'] canvas"));
      b.waitUpTo(WAIT)
          .until(
              d -> Boolean.TRUE.equals(b.script("return !!Chart.getChart(arguments[0]);", canvas)));
    }
  }

  private static WebElement visible(Browser browser, By by) {
    return browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
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
