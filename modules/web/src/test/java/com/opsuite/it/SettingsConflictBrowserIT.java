package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Two administrators edit the same setting at once: the first save wins, the second is told what
 * the value now is and nothing of theirs is saved; saving again, knowingly, then goes through.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsConflictBrowserIT {

  private static final By MONTHS = By.cssSelector("input[data-key='no-purchase-months']");

  @ArquillianResource URL base;

  @Test
  void theSecondSaveOfAConcurrentEditIsRefusedWithTheCurrentValue() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "conflict", "gas-inspection");
    String page = base + "t/" + tenant + "/core/settings.xhtml";
    try (Browser first = Browser.open(Viewport.DESKTOP, "en");
        Browser second = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      first.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      second.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      first.driver().get(page);
      second.driver().get(page);

      save(first, "5");
      first
          .waitUpTo(Duration.ofSeconds(20))
          .until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));

      save(second, "7");
      WebElement refused =
          second
              .waitUpTo(Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".ui-messages-error")));
      assertTrue(refused.getText().contains("其他人已修改此设置（当前为 5）"), refused.getText());
      assertEquals(
          "7",
          second.driver().findElement(MONTHS).getAttribute("value"),
          "the user's input is kept");
      second.screenshot("settings-phone-conflict");
      assertEquals("5", months(tenant), "the first save stands");

      second
          .driver()
          .findElement(MONTHS)
          .findElement(By.xpath("ancestor::form"))
          .findElement(By.cssSelector("button[id$='save']"))
          .click();
      second
          .waitUpTo(Duration.ofSeconds(20))
          .until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
      assertEquals("7", months(tenant), "saving again after seeing the conflict goes through");
    }
  }

  private static void save(Browser browser, String value) {
    WebElement input =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(MONTHS));
    input.clear();
    input.sendKeys(value);
    input
        .findElement(By.xpath("ancestor::form"))
        .findElement(By.cssSelector("button[id$='save']"))
        .click();
  }

  private String months(String tenant) throws Exception {
    return Http.jsonArray(
            Http.get(base.toURI().resolve("api/v1/gas-inspection/settings"), Http.asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("key").equals("no-purchase-months"))
        .findFirst()
        .orElseThrow()
        .getString("value");
  }
}
