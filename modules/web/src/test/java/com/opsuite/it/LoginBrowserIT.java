package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A user of limited rights signs in (sent there from the page they asked for), is refused a page
 * their roles do not cover, and signs out; on a phone and on a desktop.
 */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

  @ArquillianResource URL base;

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void signInRefusedPageSignOut(Viewport viewport) throws Exception {
    String size = viewport.name().toLowerCase(Locale.ROOT);
    String tenant = TestTenants.signUp(base.toURI(), "login-" + size, "gas-inspection");
    String inspector =
        PermissionsIT.addUser(
            base.toURI(), tenant, "inspector", List.of("gas-inspection.inspector"));
    try (Browser browser = Browser.open(viewport, "zh-CN,zh")) {
      browser.driver().get(base + "t/" + tenant + "/core/calendar.xhtml");
      browser
          .waitUpTo(Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains("/t/" + tenant + "/login"));
      assertEquals("登录", browser.driver().findElement(By.id("login-title")).getText());

      browser.driver().findElement(By.id("login:email")).sendKeys(inspector);
      browser.driver().findElement(By.id("login:password")).sendKeys("Wrong-passw0rd");
      browser.driver().findElement(By.id("login:submit")).click();
      WebElement error =
          browser
              .waitUpTo(Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".ui-messages-error")));
      assertTrue(error.getText().contains("邮箱或密码错误"), error.getText());
      browser.screenshot("login-" + size + "-failed");

      WebElement password = browser.driver().findElement(By.id("login:password"));
      password.clear();
      password.sendKeys(PermissionsIT.INSPECTOR_PASSWORD);
      browser.driver().findElement(By.id("login:submit")).click();
      browser
          .waitUpTo(Duration.ofSeconds(30))
          .until(ExpectedConditions.urlContains("/t/" + tenant + "/core/calendar.xhtml"));
      assertEquals(
          "inspector",
          browser.driver().findElement(By.id("user-bar:account-link")).getText(),
          "back on the page first asked for, signed in");
      assertTrue(
          browser.driver().findElements(By.id("nav-settings")).isEmpty(),
          "no link to a page the user may not open");
      assertTrue(
          browser.driver().findElements(By.id("calendar:add")).isEmpty(),
          "no editing without the right");
      browser.screenshot("login-" + size + "-signed-in");

      browser.driver().get(base + "t/" + tenant + "/core/settings.xhtml");
      WebElement forbidden =
          browser
              .waitUpTo(Duration.ofSeconds(20))
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("forbidden-title")));
      assertEquals("无权访问", forbidden.getText());
      browser.screenshot("login-" + size + "-forbidden");

      browser.driver().get(base + "t/" + tenant + "/");
      browser
          .waitUpTo(Duration.ofSeconds(20))
          .until(ExpectedConditions.elementToBeClickable(By.id("user-bar:sign-out")))
          .click();
      browser
          .waitUpTo(Duration.ofSeconds(20))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
      assertTrue(browser.driver().getCurrentUrl().contains("/t/" + tenant + "/login"));
      browser.screenshot("login-" + size + "-signed-out");

      browser.driver().get(base + "t/" + tenant + "/core/calendar.xhtml");
      browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
      assertFalse(
          browser.driver().getPageSource().contains("calendar:entries"),
          "signed out is signed out");
    }
  }
}
