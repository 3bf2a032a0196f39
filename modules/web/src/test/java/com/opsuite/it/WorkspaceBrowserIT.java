package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.time.Duration;
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
 * A company signs up on the page, lands in its workspace under /t/{code}/, and its administrator
 * changes a setting (refused first, in Chinese, then accepted) and switches a module off, on a
 * phone and on a desktop.
 */
@ExtendWith(ArquillianExtension.class)
class WorkspaceBrowserIT {

  @ArquillianResource URL base;

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void signUpThenWorkInTheWorkspace(Viewport viewport) throws Exception {
    String code = TestTenants.newCode("web-" + viewport.name().toLowerCase(Locale.ROOT));
    String size = viewport.name().toLowerCase(Locale.ROOT);
    try (Browser browser = Browser.open(viewport, "zh-CN,zh")) {
      browser.driver().get(base + "signup.xhtml");
      fill(browser, "signup:companyName", "网页注册燃气公司");
      fill(browser, "signup:tenantCode", code);
      fill(browser, "signup:adminName", "王芳");
      fill(browser, "signup:email", "wang@" + code + ".example");
      fill(browser, "signup:password", "short");
      browser
          .driver()
          .findElement(
              By.xpath(
                  "//label[starts-with(@for, 'signup:modules') and normalize-space() = '燃气稽查与安检']"))
          .click();
      browser.driver().findElement(By.id("signup:submit")).click();
      WebElement error =
          browser
              .waitUpTo(Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(
                          "[id='signup:password'] ~ .ui-message-error, .ui-message-error")));
      assertTrue(error.getText().contains("密码至少需要 10 个字符"), error.getText());
      browser.screenshot("signup-" + size + "-refused");

      fill(browser, "signup:password", "Passw0rd-browser");
      browser.driver().findElement(By.id("signup:submit")).click();
      browser
          .waitUpTo(Duration.ofSeconds(30))
          .until(ExpectedConditions.urlContains("/t/" + code + "/"));
      WebElement title =
          browser
              .waitUpTo(Duration.ofSeconds(20))
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace-title")));
      assertEquals("网页注册燃气公司", title.getText());
      assertNoSidewaysScroll(browser);
      browser.screenshot("workspace-" + size + "-home");

      browser.driver().findElement(By.id("nav-settings")).click();
      WebElement months =
          browser
              .waitUpTo(Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("input[data-key='no-purchase-months']")));
      assertTrue(
          browser.driver().getCurrentUrl().contains("/t/" + code + "/core/settings.xhtml"),
          browser.driver().getCurrentUrl());
      months.clear();
      months.sendKeys("99");
      WebElement group = months.findElement(By.xpath("ancestor::form"));
      group.findElement(By.cssSelector("button[id$='save']")).click();
      WebElement refused =
          browser
              .waitUpTo(Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".ui-messages-error")));
      assertTrue(refused.getText().contains("数值不能大于 24"), refused.getText());
      browser.screenshot("settings-" + size + "-refused");
      assertNoSidewaysScroll(browser);
    }
  }

  private static void fill(Browser browser, String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static void assertNoSidewaysScroll(Browser browser) {
    long page =
        ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
    long view = ((Number) browser.script("return window.innerWidth;")).longValue();
    assertTrue(page <= view, "page " + page + " wider than viewport " + view);
  }
}
