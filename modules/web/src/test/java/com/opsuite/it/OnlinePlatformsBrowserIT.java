package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The operations director on a phone, in Chinese: adds a platform, stores its account and password,
 * and reveals them (recorded in the audit log); the same page at desktop width.
 */
@ExtendWith(ArquillianExtension.class)
class OnlinePlatformsBrowserIT {

  @ArquillianResource URL base;

  @Test
  void aDirectorAddsAPlatformStoresItsCredentialAndRevealsItOnAPhone() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "onplat-ui");
    a.grant("head", "operations-director");
    String page = base + "t/" + a.tenant + "/online-ops/platforms.xhtml";
    String password = "Wx-" + a.tenant.hashCode() + "-密码";

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), a.tenant, a.org.person("head").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(page);
      assertTrue(visible(phone, By.tagName("h1")).getText().contains("平台"));
      phone.screenshot("online-platforms-phone-empty");
      assertNoHorizontalScroll(phone);

      // Saving an empty form says what is missing beside the fields, in Chinese.
      click(phone, By.id("edit:save"));
      WebElement missing = visible(phone, By.cssSelector(".ui-message-error"));
      assertTrue(
          phone.driver().findElement(By.id("edit")).getText().contains("请填写平台名称"),
          missing.getText());
      phone.screenshot("online-platforms-phone-invalid");

      new Select(phone.driver().findElement(By.id("edit:kind"))).selectByValue("WECHAT");
      phone.driver().findElement(By.id("edit:name")).sendKeys("企业公众号");
      new Select(phone.driver().findElement(By.id("edit:ownerId")))
          .selectByValue(Long.toString(a.userId("head")));
      click(phone, By.id("edit:save"));
      visible(phone, By.cssSelector("a[data-platform='企业公众号']"));
      assertTrue(visible(phone, By.cssSelector(".ui-messages-info")).getText().contains("平台已新增"));

      WebElement account = visible(phone, By.id("credential:account"));
      account.sendKeys("wx-ops@example.com");
      phone.driver().findElement(By.id("credential:password")).sendKeys(password);
      click(phone, By.id("credential:store"));
      phone
          .waitUpTo(Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("credential-status"), "保存人"));
      assertEquals(
          "", phone.driver().findElement(By.id("credential:password")).getAttribute("value"));

      click(phone, By.id("credential:reveal"));
      WebElement shown = visible(phone, By.id("revealed-password"));
      assertEquals(password, shown.getText());
      assertEquals(
          "wx-ops@example.com", phone.driver().findElement(By.id("revealed-account")).getText());
      phone.script("arguments[0].scrollIntoView({block: 'center'});", shown);
      phone.screenshot("online-platforms-phone");
      assertNoHorizontalScroll(phone);
    }
    assertEquals(1, OnlinePlatformsData.audit(a.tenant, "online.credential.revealed").size());

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "zh-CN,zh")) {
      desktop.signIn(base.toString(), a.tenant, a.org.person("head").email(), ApprovalOrg.PASSWORD);
      desktop.driver().get(page);
      click(desktop, By.cssSelector("a[data-platform='企业公众号']"));
      visible(desktop, By.id("credential:reveal"));
      desktop.screenshot("online-platforms-desktop");
      assertNoHorizontalScroll(desktop);
    }
  }

  private static void click(Browser browser, By by) {
    WebElement element = visible(browser, by);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
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
