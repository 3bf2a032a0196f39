package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import com.opsuite.it.GasCompany.Person;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
 * The supervisors' dashboard in a browser: on a phone in Chinese the figures and all four charts of
 * this month, without sideways scrolling; on a desktop in English the same, then one area chosen;
 * each table's Excel export is a real workbook; another tenant's inspectors and areas never appear,
 * and an inspector is refused the page.
 */
@ExtendWith(ArquillianExtension.class)
class GasDashboardBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final List<String> CHARTS =
      List.of("inspector-chart", "area-chart", "blacklist-chart", "theft-chart");

  @ArquillianResource URL base;

  /** This month's work of a small utility: 3 planned, 2 done, 1 entry failure. */
  private static GasCompany utility(URI root, String prefix, String inspectorName) {
    GasCompany gas = new GasCompany(root, prefix);
    gas.user("sup", "inspection-supervisor");
    Person inspector = gas.user(inspectorName, "inspector");
    long north = gas.area("N", "North " + prefix);
    long south = gas.area("S", "South " + prefix);
    gas.inspector(inspector, "B-" + gas.tenant, north, south);
    long c1 = gas.household("C1", north, "1 North Rd");
    long c2 = gas.household("C2", south, "2 South Rd");
    LocalDate today = LocalDate.now(SHANGHAI);
    ZonedDateTime earlyToday = today.atStartOfDay(SHANGHAI).plusMinutes(5);
    gas.task("PLANNED_INSPECTION", c1, north, inspector.userId(), today, "plan:1");
    gas.task("PLANNED_INSPECTION", c2, south, inspector.userId(), today, "plan:2");
    gas.task("REVISIT", c2, south, null, today, "revisit:1");
    long i1 = gas.inspection(c1, inspector, "COMPLETED", earlyToday.toOffsetDateTime());
    gas.inspection(c2, inspector, "COMPLETED", earlyToday.toOffsetDateTime());
    gas.inspection(c2, inspector, "ENTRY_FAILED", earlyToday.toOffsetDateTime());
    gas.hazard(i1, c1, "hose", "OPEN", today.minusDays(3), null);
    gas.blacklisted(c2, today.minusDays(20), null);
    gas.theftCase("TC-1", c2, "UNDER_REVIEW", gas.person("sup"), earlyToday.toOffsetDateTime());
    return gas;
  }

  @Test
  void supervisorsReadTheDashboardOnAPhoneAndADesktopAndExportEachTable() throws Exception {
    URI root = base.toURI();
    GasCompany gas = utility(root, "gas-dash", "wang");
    GasCompany other = utility(root, "gas-dash-b", "zhao");
    Person sup = gas.person("sup");
    String page = base + "t/" + gas.tenant + "/gas-inspection/dashboard.xhtml";

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), gas.tenant, sup.email(), GasCompany.PASSWORD);
      phone.driver().get(page);
      keepSource(phone, "gas-dashboard-phone");
      assertEquals("稽查看板", visible(phone, By.id("dashboard-title")).getText());
      assertFigures(phone, "3", "2", "33.3%", "1", "1", "1");
      chartsDrawn(phone);
      assertEquals(List.of(2L, 0L), dataset(phone, "inspector-chart", 1), "done: wang, nobody");
      WebElement row =
          visible(phone, By.xpath("//*[@id='report:inspectors']//tr[contains(., 'wang')]"));
      assertTrue(row.getText().contains("33.3%"), row.getText());
      assertFalse(phone.driver().getPageSource().contains("zhao"));
      // The other tenant's own code: a bare prefix would match this tenant's random suffix.
      assertFalse(phone.driver().getPageSource().contains(other.tenant));
      assertFalse(phone.driver().getPageSource().contains("North gas-dash-b"));
      assertNoHorizontalScroll(phone);
      phone.screenshot("gas-dashboard-phone");
      phone.script(
          "arguments[0].scrollIntoView({block: 'start'});",
          phone.driver().findElement(By.id("report:inspectors")));
      phone.screenshot("gas-dashboard-phone-tables");
    }

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "en")) {
      desktop.signIn(base.toString(), gas.tenant, sup.email(), GasCompany.PASSWORD);
      desktop.driver().get(page);
      assertEquals("Inspection dashboard", visible(desktop, By.id("dashboard-title")).getText());
      chartsDrawn(desktop);
      desktop.script("window.scrollTo(0, 0);");
      desktop.screenshot("gas-dashboard-desktop");

      // The south only: one planned task of the inspector, the revisit nobody holds.
      WebElement planned = desktop.driver().findElement(By.id("report:planned"));
      new Select(desktop.driver().findElement(By.id("report:area")))
          .selectByVisibleText("S South gas-dash");
      desktop.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(planned));
      assertFigures(desktop, "2", "1", "50.0%", "0", "0", "1");
      chartsDrawn(desktop);
      assertEquals(
          List.of("S South gas-dash"),
          new Select(desktop.driver().findElement(By.id("report:area")))
              .getAllSelectedOptions().stream().map(WebElement::getText).toList());
      assertFalse(desktop.driver().getPageSource().contains("South gas-dash-b"));
      desktop.screenshot("gas-dashboard-desktop-south");
    }

    // Each table's export as its button posts it: a workbook (a zip), named for the table.
    PageSession session = PageSession.signIn(root, gas.tenant, sup.email(), GasCompany.PASSWORD);
    for (String table : List.of("inspectors", "areas", "blacklist", "theft")) {
      HttpResponse<String> shown =
          session.get("t/" + gas.tenant + "/gas-inspection/dashboard.xhtml");
      assertEquals(200, shown.statusCode());
      HttpResponse<String> xlsx = session.submit(shown, "report", "export-" + table, Map.of());
      assertEquals(200, xlsx.statusCode(), table);
      String disposition = xlsx.headers().firstValue("Content-Disposition").orElse("");
      assertTrue(disposition.contains(".xlsx"), disposition);
      assertTrue(xlsx.body().startsWith("PK"), table + ": a zip workbook");
    }

    // The inspector may not read it.
    try (Browser phone = Browser.open(Viewport.PHONE, "en")) {
      Person inspector = other.person("zhao");
      phone.signIn(base.toString(), other.tenant, inspector.email(), GasCompany.PASSWORD);
      phone.driver().get(base + "t/" + other.tenant + "/gas-inspection/dashboard.xhtml");
      visible(phone, By.id("forbidden-title"));
      assertFalse(phone.driver().getPageSource().contains("report:inspectors"));
    }
  }

  private static void assertFigures(
      Browser b,
      String planned,
      String done,
      String rate,
      String hazardsOpen,
      String overdue,
      String blacklist) {
    assertEquals(planned, visible(b, By.id("report:planned")).getText());
    assertEquals(done, b.driver().findElement(By.id("report:done")).getText());
    assertEquals(rate, b.driver().findElement(By.id("report:entry-failure-rate")).getText());
    assertEquals(hazardsOpen, b.driver().findElement(By.id("report:hazards-open")).getText());
    assertEquals(overdue, b.driver().findElement(By.id("report:hazards-overdue")).getText());
    assertEquals(blacklist, b.driver().findElement(By.id("report:blacklist-size")).getText());
  }

  /** Every chart has a canvas Chart.js has drawn on. */
  private static void chartsDrawn(Browser b) {
    for (String chart : CHARTS) {
      WebElement canvas = visible(b, By.cssSelector("[id='report:" + chart + "'] canvas"));
      b.waitUpTo(WAIT)
          .until(
              d -> Boolean.TRUE.equals(b.script("return !!Chart.getChart(arguments[0]);", canvas)));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Long> dataset(Browser b, String chart, int index) {
    WebElement canvas =
        b.driver().findElement(By.cssSelector("[id='report:" + chart + "'] canvas"));
    List<Object> data =
        (List<Object>)
            b.script(
                "return Chart.getChart(arguments[0]).data.datasets[arguments[1]].data;",
                canvas,
                index);
    return data.stream().map(n -> ((Number) n).longValue()).toList();
  }

  /** The page as the browser got it, beside the screenshots, for reading when a step fails. */
  private static void keepSource(Browser b, String name) throws java.io.IOException {
    java.nio.file.Path dir = b.screenshot(name).getParent();
    java.nio.file.Files.writeString(dir.resolve(name + ".html"), b.driver().getPageSource());
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
