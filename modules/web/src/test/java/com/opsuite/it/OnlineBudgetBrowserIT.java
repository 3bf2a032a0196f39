package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
 * The operations head on a phone: the budget against spend for the month, then a claim with its
 * invoice that goes over the month's budget (a warning, and the claim is in the list, being
 * checked); the same page at desktop width.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineBudgetBrowserIT {

  @ArquillianResource URL base;

  @Test
  void aClaimWithItsInvoiceIsSubmittedOnAPhoneAndWarnsOverBudget() throws Exception {
    OnlineDesignData d = new OnlineDesignData(base.toURI(), "obudget-ui");
    int year = LocalDate.now().getYear();
    assertEquals(200, d.setBudget("manager1", year, "PROMOTION", "1000.00", 0).statusCode());
    Path invoice = Files.createTempFile("invoice", ".png");
    Files.write(invoice, OnlineDesignData.PNG);

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), d.co.tenant, d.co.org.person("manager1").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(base + "t/" + d.co.tenant + "/online-ops/budget.xhtml");
      WebElement title = visible(phone, By.id("budget-title"));
      assertEquals("预算与报销", title.getText());
      visible(phone, By.id("budget:chart"));
      phone.screenshot("online-budget-phone");
      assertNoHorizontalScroll(phone);

      WebElement amount = phone.driver().findElement(By.id("claim:amount_input"));
      phone.script("arguments[0].scrollIntoView({block: 'center'});", amount);
      amount.sendKeys("1200.50");
      phone.driver().findElement(By.id("claim:description")).sendKeys("展会易拉宝印刷");
      phone.driver().findElement(By.id("claim:invoice_input")).sendKeys(invoice.toString());
      phone
          .waitUpTo(Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("claim:invoiceName"), ".png"));
      phone.awaitAjax(Duration.ofSeconds(20));
      phone.script(
          "arguments[0].scrollIntoView({block: 'center'});",
          phone.driver().findElement(By.id("claim:submit")));
      phone.screenshot("online-budget-phone-form");
      phone.driver().findElement(By.id("claim:submit")).click();
      WebElement warning = visible(phone, By.cssSelector(".ui-messages-warn"));
      assertTrue(warning.getText().contains("超出预算"), warning.getText());
      phone.awaitAjax(Duration.ofSeconds(20));
      String claims = phone.driver().findElement(By.id("claims:list")).getText();
      assertTrue(claims.contains("1,200.50"), claims);
      assertTrue(claims.contains("审核中"), claims);
      phone.script("window.scrollTo(0, 0);");
      phone.screenshot("online-budget-phone-submitted");
      assertNoHorizontalScroll(phone);

      phone.driver().get(base + "t/" + d.co.tenant + "/online-ops/design-requests.xhtml");
      visible(phone, By.id("design-title"));
      phone.screenshot("online-budget-design-requests-phone");
      assertNoHorizontalScroll(phone);
    }

    // The claim is in its approval with its invoice, and does not count yet.
    JsonObject list = Http.json(Http.get(d.co.api("expense-claims?all=true"), d.co.as("manager1")));
    JsonObject claim = list.getJsonArray("rows").getJsonObject(0);
    assertEquals("SUBMITTED", claim.getString("status"));
    assertEquals(new BigDecimal("1200.50"), OnlineDesignData.money(claim, "amount"));
    assertEquals(OnlineDesignData.PNG.length, claim.getInt("invoiceSize"));
    assertEquals(
        new BigDecimal("0.00"),
        OnlineDesignData.money(
            d.cell("manager1", year, "PROMOTION", LocalDate.now().getMonthValue()), "claims"));

    // A signed design request waits for the operations head to assign a designer.
    JsonObject request = d.filed("clerk", "Trade fair roll-up", null, "PROMOTION");
    long requestId = request.getJsonNumber("id").longValue();
    d.co.org.acted("head", OnlineDesignData.approvalOf(request), "approve", null);

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "en")) {
      desktop.signIn(
          base.toString(), d.co.tenant, d.co.org.person("manager1").email(), ApprovalOrg.PASSWORD);
      desktop.driver().get(base + "t/" + d.co.tenant + "/online-ops/budget.xhtml");
      visible(desktop, By.id("budget:chart"));
      String page = desktop.driver().findElement(By.tagName("body")).getText();
      assertTrue(page.contains("Being checked"), page);
      desktop.screenshot("online-budget-desktop");

      // The budget holder sets this month's promotion budget on the page.
      int month = LocalDate.now().getMonthValue();
      WebElement monthAmount =
          visible(desktop, By.id("plan:months:" + (month - 1) + ":amount_input"));
      desktop.script("arguments[0].scrollIntoView({block: 'center'});", monthAmount);
      assertEquals("1,000.00", monthAmount.getAttribute("value"));
      monthAmount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2500");
      desktop.driver().findElement(By.id("plan:save")).click();
      WebElement saved = visible(desktop, By.cssSelector(".ui-messages-info"));
      assertEquals("The Promotion budget for " + year + " is saved.", saved.getText().strip());
      desktop.awaitAjax(Duration.ofSeconds(20));
      assertEquals(
          new BigDecimal("2500.00"),
          OnlineDesignData.money(d.cell("manager1", year, "PROMOTION", month), "budget"));
      desktop.screenshot("online-budget-desktop-plan");
      desktop.driver().get(base + "t/" + d.co.tenant + "/online-ops/design-requests.xhtml");
      visible(desktop, By.id("design-title"));
      assertTrue(
          desktop
              .driver()
              .findElement(By.id("requests:list"))
              .getText()
              .contains("Trade fair roll-up"));
      desktop.screenshot("online-budget-design-requests-desktop");

      desktop
          .driver()
          .get(base + "t/" + d.co.tenant + "/online-ops/design-request.xhtml?id=" + requestId);
      assertEquals("Waiting for a designer", visible(desktop, By.id("fact-status")).getText());
      new Select(desktop.driver().findElement(By.id("step:designer")))
          .selectByVisibleText("reviewer1");
      WebElement status = desktop.driver().findElement(By.id("fact-status"));
      desktop.driver().findElement(By.id("step:schedule")).click();
      desktop.waitUpTo(Duration.ofSeconds(20)).until(Browser.gone(status));
      desktop.awaitAjax(Duration.ofSeconds(20));
      assertEquals("Designing", visible(desktop, By.id("fact-status")).getText());
      desktop.screenshot("online-budget-design-request-desktop");
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
