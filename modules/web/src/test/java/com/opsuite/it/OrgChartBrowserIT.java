package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tenant administrator builds the organisation on a phone: a department with its head, a position
 * reporting to it, two staff members in them; a department name already taken is refused beside the
 * field with everything typed kept. The head then opens "my team" and finds the one under them. The
 * same pages are photographed on a desktop, where the modules page offers the module's default
 * organisation.
 */
@ExtendWith(ArquillianExtension.class)
class OrgChartBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @ArquillianResource URL base;

  @Test
  void anAdministratorBuildsTheOrganisationAndTheHeadSeesTheirTeam() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "org", "gas-inspection");
    String company = "Company " + tenant;
    String lead = PermissionsIT.addUser(base.toURI(), tenant, "lead", List.of());
    String org = base + "t/" + tenant + "/core/org.xhtml";

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      phone.driver().get(org);
      phone.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("detail-title"), company));
      assertTrue(treeText(phone).contains("总经理"), "the company comes with its general manager");
      assertNoSideways(phone);

      click(phone, "view:addUnit");
      type(phone, "unit:name", "运营部");
      type(phone, "unit:headTitle", "运营经理");
      click(phone, "unit:save");
      phone.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("detail-title"), "运营部"));
      assertTrue(treeText(phone).contains("运营经理"), treeText(phone));

      click(phone, "view:addPosition");
      type(phone, "position:title", "安检员");
      assertEquals(
          "运营经理 · 运营部",
          phone
              .driver()
              .findElement(By.cssSelector("[id='position:reportsToId'] .ui-selectonemenu-label"))
              .getText(),
          "a new position reports to the head of its unit");
      WebElement headcount =
          phone.driver().findElement(By.cssSelector("[id='position:headcount'] input"));
      headcount.sendKeys(Keys.END, Keys.BACK_SPACE, "2");
      WebElement duties =
          phone.driver().findElement(By.cssSelector("[id='position:duties'] .ql-editor"));
      duties.click();
      duties.sendKeys("每户每年入户安检两次");
      phone.screenshot("org-phone-position-form");
      click(phone, "position:save");
      phone
          .waitUpTo(WAIT)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(By.id("position-title"), "安检员"));
      assertTrue(phone.driver().findElement(By.id("duties")).getText().contains("每户每年入户安检两次"));
      assertTrue(phone.driver().findElement(By.id("reports-to")).getText().contains("运营经理"));

      // A name taken among the company's departments: refused beside the field, input kept.
      tap(phone, By.xpath("//span[@class='ops-org-unit' and text()='" + company + "']"));
      phone.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("detail-title"), company));
      click(phone, "view:addUnit");
      type(phone, "unit:name", "运营部");
      type(phone, "unit:headTitle", "第二位经理");
      click(phone, "unit:save");
      WebElement refused =
          phone
              .waitUpTo(WAIT)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.xpath(
                          "//input[@id='unit:name']/following-sibling::*[contains(@class,'ui-message-error')]")));
      assertTrue(refused.getText().contains("此处已有名为“运营部”的单位。"), refused.getText());
      assertEquals("运营部", value(phone, "unit:name"), "the typed name is kept");
      assertEquals("第二位经理", value(phone, "unit:headTitle"), "the typed head title is kept");
      assertNoSideways(phone);
      phone.screenshot("org-phone-refused");
      click(phone, "unit:cancel");

      phone.driver().get(base + "t/" + tenant + "/core/staff.xhtml");
      addStaff(phone, "王芳", "wang@" + tenant + ".example", null);
      assign(phone, "安检员 · 运营部");
      phone.screenshot("staff-phone-assigned");
      addStaff(phone, "李强", null, "lead · " + lead);
      assign(phone, "运营经理 · 运营部");
      assertTrue(
          phone.driver().findElement(By.id("list:members")).getText().contains("王芳"),
          "the list shows the new staff");
      assertNoSideways(phone);
      phone.screenshot("staff-phone-list");

      phone.driver().get(org);
      phone.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("detail-title"), company));
      String tree = treeText(phone);
      assertTrue(tree.contains("王芳") && tree.contains("李强"), tree);
      tap(phone, By.xpath("//span[@class='ops-org-position' and text()='安检员']"));
      phone
          .waitUpTo(WAIT)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("holdings"), "王芳"));
      assertNoSideways(phone);
      phone.screenshot("org-phone-chart");
    }

    try (Browser head = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      head.signIn(base.toString(), tenant, lead, PermissionsIT.INSPECTOR_PASSWORD);
      head.driver().get(base + "t/" + tenant + "/core/my-team.xhtml");
      WebElement team =
          head.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("team")));
      assertTrue(team.getText().contains("王芳"), team.getText());
      assertTrue(team.getText().contains("安检员"), team.getText());
      assertTrue(
          head.driver().findElements(By.id("nav-org")).isEmpty(),
          "no chart link without the right to read it");
      assertNoSideways(head);
      head.screenshot("my-team-phone");
    }

    try (Browser desk = Browser.open(Viewport.DESKTOP, "en")) {
      desk.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      desk.driver().get(org);
      desk.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("detail-title"), company));
      tap(desk, By.xpath("//span[@class='ops-org-position' and text()='安检员']"));
      desk.waitUpTo(WAIT)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("holdings"), "王芳"));
      desk.screenshot("org-desktop-chart");
      click(desk, "view:editPosition");
      desk.waitUpTo(WAIT)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("position:title")));
      desk.screenshot("org-desktop-position-form");

      desk.driver().get(base + "t/" + tenant + "/core/staff.xhtml");
      desk.waitUpTo(WAIT)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("list:members")));
      desk.screenshot("staff-desktop");

      desk.driver().get(base + "t/" + tenant + "/core/my-team.xhtml");
      WebElement notice =
          desk.waitUpTo(WAIT)
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("not-on-staff")));
      assertTrue(notice.getText().contains("not on the staff list"), notice.getText());
      desk.screenshot("my-team-desktop-not-on-staff");

      desk.driver().get(base + "t/" + tenant + "/core/modules.xhtml");
      tap(desk, By.cssSelector("button[data-module='gas-inspection']"));
      click(desk, "confirm-yes");
      WebElement applied =
          desk.waitUpTo(WAIT)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".ui-messages-info")));
      // The template's 运营部 and 安检员 exist already (made above): only the supervisor and the
      // auditor are new.
      assertTrue(applied.getText().contains("2 units and positions created"), applied.getText());
      assertTrue(
          desk.driver()
              .findElements(By.cssSelector("button[data-module='gas-inspection']"))
              .isEmpty(),
          "nothing more to offer once applied");
      desk.screenshot("modules-desktop-org-applied");
    }
  }

  private static void addStaff(Browser b, String name, String email, String userLabel) {
    click(b, "list:add");
    // The form of the member shown before is replaced by an empty one.
    b.waitUpTo(WAIT)
        .until(
            d -> {
              try {
                List<WebElement> field = d.findElements(By.id("staff:name"));
                return !field.isEmpty() && field.get(0).getDomProperty("value").isEmpty();
              } catch (StaleElementReferenceException e) {
                return false;
              }
            });
    type(b, "staff:name", name);
    if (email != null) {
      type(b, "staff:email", email);
    }
    if (userLabel != null) {
      choose(b, "staff:userId", userLabel);
    }
    click(b, "staff:save");
    try {
      b.waitUpTo(WAIT)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("assign:positionId")));
    } catch (TimeoutException e) {
      b.screenshot("org-failure-staff");
      throw new AssertionError(b.driver().findElement(By.id("editor")).getText(), e);
    }
  }

  private static void assign(Browser b, String position) {
    choose(b, "assign:positionId", position);
    click(b, "assign:assignButton");
    b.waitUpTo(WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("assignments:periods"), position));
  }

  /** Picks an option of a PrimeFaces select by its label, as a finger would. */
  private static void choose(Browser b, String selectId, String label) {
    tap(b, By.id(selectId));
    By option =
        By.cssSelector(
            "[id='" + selectId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']");
    // A panel left over from an earlier rendering of the form may still be in the page: pick the
    // option the user actually sees.
    WebElement shown =
        b.waitUpTo(WAIT)
            .until(
                d ->
                    d.findElements(option).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    shown.click();
    b.waitUpTo(WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='" + selectId + "'] .ui-selectonemenu-label"), label));
  }

  private static void click(Browser b, String id) {
    tap(b, By.id(id));
  }

  /** Clicks in the middle of the screen, where the sticky top bar cannot cover it. */
  private static void tap(Browser b, By locator) {
    WebElement element = b.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(locator));
    b.script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static void type(Browser b, String id, String text) {
    WebElement field =
        b.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private static String value(Browser b, String id) {
    return b.driver().findElement(By.id(id)).getAttribute("value");
  }

  private static String treeText(Browser b) {
    return b.driver().findElement(By.id("chart:tree")).getText();
  }

  /** The page is no wider than the screen: nothing to scroll sideways. */
  private static void assertNoSideways(Browser b) {
    Object overflow =
        ((JavascriptExecutor) b.driver())
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0L, ((Number) overflow).longValue(), "horizontal overflow in px");
  }
}
