package com.opsuite.it;

import static com.opsuite.it.OnlineCadenceData.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * The content calendar and the cadence page around the 2025 National Day, on a phone (390 px, the
 * days as a list) and on a desktop (1366 px, a month grid): the holiday and the make-up working day
 * marked, pieces in their status colours, occasions, the platform filter; and another tenant's
 * session sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineCalendarBrowserIT {

  @ArquillianResource URL base;

  @Test
  void theCalendarReadsOnAPhoneAndOnADesktop() throws Exception {
    OnlineCadenceData c =
        new OnlineCadenceData(new OnlineCompany(base.toURI(), "cad-ui")).nationalDay();
    c.co.execute(
        "INSERT INTO online_content (tenant_id, id, title, kind, status, owner_id, planned_at)"
            + " VALUES (?, nextval('online_content_seq'), 'Planned recap', 'ARTICLE', 'SCHEDULED',"
            + " ?, ?)",
        c.co.tenant,
        c.co.userId("clerk"),
        java.sql.Timestamp.from(OnlineCadenceData.at(d(10, 9))));
    String page = base + "t/" + c.co.tenant + "/online-ops/calendar.xhtml?date=2025-10-01";
    String email = c.co.org.person("clerk").email();

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), c.co.tenant, email, ApprovalOrg.PASSWORD);
      phone.driver().get(page + "&mode=week");
      visible(phone, By.cssSelector("[data-day='2025-09-29']"));
      String week = phone.driver().findElement(By.id("cal-grid")).getText();
      assertTrue(week.contains("Site 4"), week);
      assertTrue(week.contains("Fair news"), week);
      assertTrue(week.contains("假"), "the holiday is marked: " + week);
      assertEquals(7, phone.driver().findElements(By.cssSelector("[data-day]")).size());
      assertNoHorizontalScroll(phone);
      phone.screenshot("online-calendar-phone-week");

      // The month as a list: only the days with something on them (and none outside October).
      phone.driver().get(page);
      visible(phone, By.cssSelector("[data-day='2025-10-09']"));
      List<WebElement> shown =
          phone.driver().findElements(By.cssSelector("[data-day]")).stream()
              .filter(WebElement::isDisplayed)
              .toList();
      assertTrue(shown.size() < 15, "empty days are hidden on a phone: " + shown.size());
      String october = phone.driver().findElement(By.id("cal-grid")).getText();
      assertTrue(october.contains("Planned recap"), october);
      assertTrue(october.contains("班"), "the make-up Saturday is marked: " + october);
      assertTrue(october.contains("Double sale"), october);
      assertNoHorizontalScroll(phone);
      phone.screenshot("online-calendar-phone-month");

      phone.driver().get(base + "t/" + c.co.tenant + "/online-ops/cadence.xhtml?week=2025-W41");
      visible(phone, By.id("cadence:rows"));
      assertNoHorizontalScroll(phone);
      phone.screenshot("online-cadence-phone");
    }

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "en")) {
      desktop.signIn(base.toString(), c.co.tenant, email, ApprovalOrg.PASSWORD);
      desktop.driver().get(page);
      visible(desktop, By.cssSelector("[data-day='2025-10-31']"));
      assertEquals(35, desktop.driver().findElements(By.cssSelector("[data-day]")).size());
      WebElement published =
          desktop
              .driver()
              .findElement(By.cssSelector("[data-day='2025-10-09'] .oc-status-PUBLISHED"));
      assertTrue(published.getText().contains("Site 5"), published.getText());
      WebElement planned =
          desktop
              .driver()
              .findElement(By.cssSelector("[data-day='2025-10-09'] .oc-status-SCHEDULED"));
      assertTrue(planned.getText().contains("Planned recap"), planned.getText());
      assertEquals("October 2025", desktop.driver().findElement(By.id("period")).getText());
      desktop.screenshot("online-calendar-desktop-month");

      // One platform only: WeChat's pieces stay, the website's go.
      WebElement site5 =
          desktop.driver().findElement(By.cssSelector("[data-day='2025-10-09'] .oc-item"));
      new org.openqa.selenium.support.ui.Select(desktop.driver().findElement(By.id("cal:platform")))
          .selectByVisibleText("WeChat");
      desktop.waitUpTo(Duration.ofSeconds(20)).until(Browser.gone(site5));
      String filtered = desktop.driver().findElement(By.id("cal-grid")).getText();
      assertTrue(filtered.contains("Sale notice"), filtered);
      assertTrue(!filtered.contains("Site 5"), filtered);
      desktop.screenshot("online-calendar-desktop-wechat");

      desktop.driver().get(base + "t/" + c.co.tenant + "/online-ops/cadence.xhtml?week=2025-W40");
      WebElement rows = visible(desktop, By.id("cadence:rows"));
      assertTrue(rows.getText().contains("Website"), rows.getText());
      desktop.screenshot("online-cadence-desktop");
      WebElement chart = visible(desktop, By.cssSelector("#cadence\\:chart-box canvas"));
      desktop.script("arguments[0].scrollIntoView({block: 'start'});", chart);
      Thread.sleep(500);
      desktop.screenshot("online-cadence-desktop-chart");
      String panels = desktop.driver().findElement(By.id("occasions")).getText();
      assertTrue(panels.contains("Double sale"), panels);
      assertTrue(
          desktop.driver().findElement(By.id("columns")).getText().contains("2025-09-15"),
          "the column's last review");
    }

    // Another tenant's clerk opens the calendar of their own tenant: nothing of A's.
    OnlineCadenceData other = new OnlineCadenceData(new OnlineCompany(base.toURI(), "cad-ui-b"));
    HttpResponse<String> theirs =
        Http.get(
            URI.create(
                base + "t/" + other.co.tenant + "/online-ops/calendar.xhtml?date=2025-10-01"),
            Http.pageSession(
                base.toURI(),
                other.co.tenant,
                other.co.org.person("clerk").email(),
                ApprovalOrg.PASSWORD));
    assertEquals(200, theirs.statusCode());
    assertTrue(!theirs.body().contains("Site 5") && !theirs.body().contains("Double sale"));
    // A's session under B's address gets nothing of B or A.
    HttpResponse<String> crossed =
        Http.get(
            URI.create(
                base + "t/" + other.co.tenant + "/online-ops/calendar.xhtml?date=2025-10-01"),
            Http.pageSession(base.toURI(), c.co.tenant, email, ApprovalOrg.PASSWORD));
    assertTrue(!crossed.body().contains("Site 5"), "A's session sees nothing under B's address");
  }

  private static WebElement visible(Browser browser, By by) {
    return browser
        .waitUpTo(Duration.ofSeconds(30))
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
