package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The KPI pages in a browser. On a phone in Chinese an admin defines seed 003's download completion
 * (a wrong measure first: the parser's message beside the formula, nothing typed lost), enters the
 * downloads, is refused a closed period, sets a linear target and reads the score on the dashboard,
 * whose table exports to Excel. On a desktop in English one pass over the dashboard. A reader
 * without core.kpi.manage sees no editing and is refused the entry and target pages.
 */
@ExtendWith(ArquillianExtension.class)
class KpiPagesBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String COMPLETION = "download-completion";

  @ArquillianResource URL base;

  private static String thisMonth() {
    return YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  @Test
  void onAPhoneAnAdminDefinesEntersTargetsAndReadsTheDashboard() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "kpi-pages", "app-ops");
    long zhang = OrgApi.id(new OrgApi(root, tenant).createStaff("张三"));
    String month = thisMonth();
    String closed = "2025-01";
    HttpResponse<String> closing =
        Http.put(
            root.resolve("api/v1/core/kpi/periods/" + closed + "/closed"),
            "true",
            Http.asTenant(tenant));
    assertEquals(200, closing.statusCode(), closing.body());

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      phone.driver().get(base + "t/" + tenant + "/core/indicators.xhtml");
      click(phone, By.id("indicators:add"));
      type(phone, By.id("indicator:code"), COMPLETION);
      type(phone, By.id("indicator:nameZh"), "阶段下载量完成度");
      type(phone, By.id("indicator:nameEn"), "Stage download completion");
      new Select(visible(phone, By.id("indicator:unit"))).selectByValue("PERCENT");
      new Select(visible(phone, By.id("indicator:source"))).selectByValue("FORMULA");
      String wrong = "m['app.downloads.actual'] / m['app.downloads.plan']";
      type(phone, By.id("indicator:formula"), wrong);
      click(phone, By.id("indicator:save"));
      WebElement problem =
          visible(phone, By.cssSelector("[id='indicator:formula'] ~ .ui-message-error"));
      assertTrue(problem.getText().contains("列：没有度量“app.downloads.plan”"), problem.getText());
      assertEquals(wrong, value(phone, "indicator:formula"));
      assertEquals("阶段下载量完成度", value(phone, "indicator:nameZh"));
      assertEquals(COMPLETION, value(phone, "indicator:code"));
      phone.script("arguments[0].scrollIntoView({block: 'center'});", problem);
      phone.screenshot("kpi-phone-formula-refused");
      assertNoHorizontalScroll(phone);

      type(
          phone,
          By.id("indicator:formula"),
          "m['app.downloads.actual'] / m['app.downloads.planned']");
      String saved = answer(phone, By.id("indicator:save"), ".ui-messages-info");
      assertTrue(saved.contains("阶段下载量完成度"), saved);
      visible(
          phone, By.xpath("//*[@id='indicators:list']//td[contains(., 'download-completion')]"));
      phone.screenshot("kpi-phone-indicators");
      assertNoHorizontalScroll(phone);

      // Values: the downloads of this month for Zhang, then a closed period refused.
      phone.driver().get(base + "t/" + tenant + "/core/kpi-values.xhtml");
      enter(phone, "app.downloads.actual", month, zhang, "8500");
      enter(phone, "app.downloads.planned", month, zhang, "10000");
      click(phone, By.cssSelector("[id$=':history']"));
      WebElement history = visible(phone, By.cssSelector(".ops-kpi-history li"));
      assertTrue(history.getText().contains("10000"), history.getText());
      assertTrue(history.getText().contains(TestTenants.adminEmail(tenant)), history.getText());
      phone.screenshot("kpi-phone-values");
      assertNoHorizontalScroll(phone);

      period(phone, closed);
      type(phone, By.cssSelector("input[data-subject='staff:" + zhang + "']"), "1");
      click(phone, By.id("values:save"));
      WebElement refusal =
          visible(phone, By.cssSelector("[id='values:period'] ~ .ui-message-error"));
      assertTrue(refusal.getText().contains("期间 2025-01 已关闭"), refusal.getText());
      assertEquals(
          "1",
          phone
              .driver()
              .findElement(By.cssSelector("input[data-subject='staff:" + zhang + "']"))
              .getAttribute("value"));
      phone.screenshot("kpi-phone-closed-period");

      // A company-wide linear target: 0 at 50%, 100 at 100%, at most 120.
      phone.driver().get(base + "t/" + tenant + "/core/kpi-targets.xhtml");
      assertEquals(month, value(phone, "edit:period"));
      type(phone, By.id("edit:floor"), "0.5");
      type(phone, By.id("edit:target"), "1.0");
      String targetSaved = answer(phone, By.id("edit:save"), ".ui-messages-info");
      assertTrue(targetSaved.contains(month), targetSaved);
      visible(phone, By.xpath("//*[@id='list:targets']//td[contains(., '50.00%')]"));
      phone.screenshot("kpi-phone-targets");
      assertNoHorizontalScroll(phone);

      // The dashboard: the chart, and Zhang's 85% scoring 70.
      phone.driver().get(base + "t/" + tenant + "/core/kpi-dashboard.xhtml");
      visible(phone, By.cssSelector("[id='dashboard:chart'] canvas"));
      WebElement row =
          visible(phone, By.xpath("//*[@id='dashboard:scores']//tr[contains(., '张三')]"));
      assertTrue(row.getText().contains("85.00%"), row.getText());
      assertTrue(row.getText().contains("70.00"), row.getText());
      chartFor(phone, "staff:" + zhang);
      assertEquals(85.0, lastBar(phone), 1e-9, "this month's bar in percent points");
      phone.screenshot("kpi-phone-dashboard");
      row = visible(phone, By.xpath("//*[@id='dashboard:scores']//tr[contains(., '张三')]"));
      phone.script("arguments[0].scrollIntoView({block: 'center'});", row);
      phone.screenshot("kpi-phone-dashboard-table");
      assertNoHorizontalScroll(phone);
    }

    // The export as the button posts it: a real workbook, and the CSV with the score.
    PageSession admin =
        PageSession.signIn(root, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
    HttpResponse<String> page = admin.get("t/" + tenant + "/core/kpi-dashboard.xhtml");
    assertEquals(200, page.statusCode());
    HttpResponse<String> xlsx = admin.submit(page, "dashboard", "exportXlsx", Map.of());
    assertEquals(200, xlsx.statusCode());
    assertTrue(
        xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"),
        xlsx.headers().toString());
    assertTrue(xlsx.body().length() > 1000 && xlsx.body().startsWith("PK"), "a zip workbook");
    HttpResponse<String> csv =
        admin.submit(
            admin.get("t/" + tenant + "/core/kpi-dashboard.xhtml"),
            "dashboard",
            "exportCsv",
            Map.of());
    assertTrue(csv.body().contains("张三") && csv.body().contains("70.00"), csv.body());
  }

  @Test
  void onADesktopInEnglishTheDashboardShowsValueAgainstTarget() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "kpi-desk", "app-ops");
    OrgApi org = new OrgApi(root, tenant);
    long li = OrgApi.id(org.createStaff("Li Si"));
    org.createUnit(OrgApi.id(org.company()), "DEPARTMENT", "Sales", "Sales director");
    KpiApi kpi = new KpiApi(root, tenant);
    String month = thisMonth();
    kpi.indicator(
        KpiApi.formula(
            COMPLETION,
            "阶段下载量完成度",
            "Stage download completion",
            "PERCENT",
            "m['app.downloads.actual'] / m['app.downloads.planned']"));
    kpi.entered("app.downloads.actual", month, li, "9000");
    kpi.entered("app.downloads.planned", month, li, "10000");
    assertEquals(
        201,
        kpi.createTarget(KpiApi.linearTarget(COMPLETION, month, null, "0.5", "1.0", "120"))
            .statusCode());

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "en")) {
      desktop.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      click(desktop, By.id("nav-kpi-dashboard"));
      assertEquals("KPI dashboard", visible(desktop, By.tagName("h1")).getText());
      visible(desktop, By.cssSelector("[id='dashboard:chart'] canvas"));
      WebElement row =
          visible(desktop, By.xpath("//*[@id='dashboard:scores']//tr[contains(., 'Li Si')]"));
      assertTrue(row.getText().contains("90.00%"), row.getText());
      assertTrue(row.getText().contains("80.00"), row.getText());
      assertTrue(row.getText().contains("Linear: 0 at 50.00%, 100 at 100.00%"), row.getText());
      chartFor(desktop, "staff:" + li);
      assertEquals(90.0, lastBar(desktop), 1e-9);
      desktop.script("window.scrollTo(0, 0);");
      desktop.screenshot("kpi-desktop-dashboard");
      assertNoHorizontalScroll(desktop);
      // By department: nothing was entered for Sales, and the table says why there is no score.
      WebElement table = desktop.driver().findElement(By.id("dashboard:scores"));
      new Select(desktop.driver().findElement(By.id("dashboard:by"))).selectByValue("UNIT");
      desktop.waitUpTo(WAIT).until(Browser.gone(table));
      WebElement sales =
          visible(desktop, By.xpath("//*[@id='dashboard:scores']//tr[contains(., 'Sales')]"));
      assertFalse(sales.getText().contains("Li Si"), sales.getText());
      assertTrue(sales.getText().length() > "Sales".length() + 10, "a reason: " + sales.getText());
      desktop.script("arguments[0].scrollIntoView({block: 'center'});", sales);
      desktop.screenshot("kpi-desktop-dashboard-units");

      // A stale edit of the indicator is refused, and what was typed stays.
      desktop.driver().get(base + "t/" + tenant + "/core/indicators.xhtml");
      click(desktop, By.id("indicators:list:0:edit"));
      type(desktop, By.id("indicator:nameEn"), "Downloads vs plan");
      HttpResponse<String> other =
          kpi.changeIndicator(
              COMPLETION,
              KpiApi.formula(
                  COMPLETION,
                  "阶段下载量完成度",
                  "Changed through the API",
                  "PERCENT",
                  "m['app.downloads.actual'] / m['app.downloads.planned']"),
              "en");
      assertEquals(200, other.statusCode(), other.body());
      String stale = answer(desktop, By.id("indicator:save"), ".ui-messages-error");
      assertTrue(stale.contains("Someone else changed this indicator meanwhile"), stale);
      assertEquals("Downloads vs plan", value(desktop, "indicator:nameEn"));
      desktop.screenshot("kpi-desktop-indicator-stale");
      assertNoHorizontalScroll(desktop);
    }
  }

  @Test
  void aReaderWithoutManageCannotEdit() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "kpi-read");
    HttpResponse<String> role =
        Http.put(
            root.resolve("api/v1/core/roles/custom.kpi-reader"),
            "{\"permissions\":[\"core.kpi.read\"]}",
            Http.asTenant(tenant));
    assertEquals(200, role.statusCode(), role.body());
    String email = PermissionsIT.addUser(root, tenant, "reader", List.of("custom.kpi-reader"));
    PageSession reader = PageSession.signIn(root, tenant, email, PermissionsIT.INSPECTOR_PASSWORD);
    HttpResponse<String> list = reader.get("t/" + tenant + "/core/indicators.xhtml");
    assertEquals(200, list.statusCode());
    assertFalse(list.body().contains("indicators:add"), "no button to add");
    assertTrue(list.body().contains("nav-kpi-dashboard"));
    assertFalse(list.body().contains("nav-kpi-targets"));
    assertFalse(list.body().contains("nav-kpi-values"));
    assertEquals(403, reader.get("t/" + tenant + "/core/kpi-targets.xhtml").statusCode());
    assertEquals(403, reader.get("t/" + tenant + "/core/kpi-values.xhtml").statusCode());
    assertEquals(200, reader.get("t/" + tenant + "/core/kpi-dashboard.xhtml").statusCode());
  }

  private static void enter(Browser b, String series, String period, long staff, String value) {
    WebElement table = b.driver().findElement(By.id("values:rows"));
    Select select = new Select(visible(b, By.id("values:series")));
    if (!series.equals(select.getFirstSelectedOption().getAttribute("value"))) {
      select.selectByValue(series);
      b.waitUpTo(WAIT).until(Browser.gone(table));
    }
    if (!period.equals(value(b, "values:period"))) {
      period(b, period);
    }
    type(b, By.cssSelector("input[data-subject='staff:" + staff + "']"), value);
    String saved = answer(b, By.id("values:save"), ".ui-messages-info");
    assertTrue(saved.contains("已保存 1 个数值"), saved);
  }

  /** Picks whom the chart is for and waits for the chart drawn anew. */
  private static void chartFor(Browser b, String subject) {
    WebElement chart = b.driver().findElement(By.cssSelector("[id='dashboard:chart'] canvas"));
    new Select(b.driver().findElement(By.id("dashboard:subject"))).selectByValue(subject);
    b.waitUpTo(WAIT).until(Browser.gone(chart));
    visible(b, By.cssSelector("[id='dashboard:chart'] canvas"));
  }

  /** The value bar of the last period, as Chart.js holds it. */
  private static double lastBar(Browser b) {
    Object bar =
        b.waitUpTo(WAIT)
            .until(
                d ->
                    b.script(
                        "var c = Chart.getChart(arguments[0]);"
                            + " return c ? c.data.datasets[0].data.slice(-1)[0] : null;",
                        d.findElement(By.cssSelector("[id='dashboard:chart'] canvas"))));
    return ((Number) bar).doubleValue();
  }

  private static void period(Browser b, String period) {
    WebElement table = b.driver().findElement(By.id("values:rows"));
    type(b, By.id("values:period"), period);
    b.driver().findElement(By.id("values:period")).sendKeys(Keys.TAB);
    b.waitUpTo(WAIT).until(Browser.gone(table));
  }

  private static String value(Browser b, String id) {
    return b.driver().findElement(By.id(id)).getAttribute("value");
  }

  private static WebElement visible(Browser browser, By by) {
    return browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static void click(Browser browser, By by) {
    WebElement element = browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(by));
    browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
    browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private static void type(Browser browser, By by, String text) {
    WebElement input = visible(browser, by);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  /** Clicks, waits until the page's messages are replaced, and returns the new one of the kind. */
  private static String answer(Browser browser, By button, String messageCss) {
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
