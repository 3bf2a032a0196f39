package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An auditor looks a customer up on a phone in Chinese: the list, a search that narrows it, and the
 * customer's page with the meter, the card and the latest purchase.
 */
@ExtendWith(ArquillianExtension.class)
class GasCustomersBrowserIT {

  @ArquillianResource URL base;

  @Test
  void anAuditorFindsAndOpensACustomerOnAPhone() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gas-cust-ui");
    long north = gas.area("N", "城北片区");
    gas.household("H-1", north, "城北路 1 号");
    long second = gas.household("H-2", north, "城北路 2 号");
    gas.household("H-3", north, "城北路 3 号");
    gas.purchase("RCPT-9", second, LocalDate.of(2026, 3, 1));
    gas.user("clerk", "auditor");

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), gas.tenant, gas.person("clerk").email(), GasCompany.PASSWORD);
      phone.driver().get(base + "t/" + gas.tenant + "/gas-inspection/customers.xhtml");
      visible(phone, By.cssSelector("a[data-customer='H-3']"));
      assertEquals(3, phone.driver().findElements(By.cssSelector("a[data-customer]")).size());
      assertTrue(phone.driver().findElement(By.tagName("h1")).getText().contains("用户档案"));
      phone.screenshot("gas-customers-phone-list");
      assertNoHorizontalScroll(phone);

      WebElement q = phone.driver().findElement(By.id("customers:q"));
      q.sendKeys("路 2");
      WebElement first = phone.driver().findElement(By.cssSelector("a[data-customer='H-1']"));
      phone.driver().findElement(By.id("customers:search")).click();
      phone.waitUpTo(Duration.ofSeconds(20)).until(Browser.gone(first));
      assertEquals(1, phone.driver().findElements(By.cssSelector("a[data-customer]")).size());
      phone.screenshot("gas-customers-phone-search");

      phone.driver().findElement(By.cssSelector("a[data-customer='H-2']")).click();
      WebElement title = visible(phone, By.id("customer-title"));
      assertEquals("Household H-2", title.getText());
      String page = phone.driver().findElement(By.tagName("body")).getText();
      assertTrue(page.contains("M-H-2"), page);
      assertTrue(page.contains("完好"), page);
      assertTrue(page.contains("C-H-2"), page);
      assertTrue(page.contains("使用中"), page);
      assertTrue(page.contains("RCPT-9"), page);
      assertTrue(page.contains("城北片区"), page);
      phone.screenshot("gas-customer-phone-detail");
      assertNoHorizontalScroll(phone);

      // The edit form says what is wrong beside the field and saves nothing; then it saves.
      WebElement name = phone.driver().findElement(By.id("edit:name"));
      name.clear();
      phone.script("arguments[0].scrollIntoView({block: 'center'});", name);
      phone.driver().findElement(By.id("edit:save")).click();
      WebElement missing =
          visible(phone, By.cssSelector("[id='edit:name'] ~ .ui-message-error, .ui-message-error"));
      assertTrue(missing.getText().contains("请填写此项"), missing.getText());
      phone.screenshot("gas-customer-phone-invalid");
      phone.driver().findElement(By.id("edit:name")).sendKeys("王二户");
      phone.driver().findElement(By.id("edit:save")).click();
      WebElement saved = visible(phone, By.cssSelector(".ui-messages-info"));
      assertTrue(saved.getText().contains("已保存"), saved.getText());
      assertEquals(
          "王二户",
          Http.json(Http.get(gas.api("customers/" + second), gas.asAdmin()))
              .getJsonObject("customer")
              .getString("name"));
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
