package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The start page renders with PrimeFaces in Chinese by default and in English after the switch, on
 * a phone and on a desktop, without sideways scrolling on the phone.
 */
@ExtendWith(ArquillianExtension.class)
class StartPageBrowserIT {

  private static final String MESSAGES = "com.opsuite.web.i18n.messages";

  @ArquillianResource URL base;

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void rendersInChineseThenEnglishThenChineseAgain(Viewport viewport) throws Exception {
    try (Browser browser = Browser.open(viewport, "zh-CN,zh")) {
      browser.driver().get(base.toString());

      assertPage(browser, Locale.SIMPLIFIED_CHINESE, "zh-CN", viewport);
      browser.screenshot("start-" + viewport.name().toLowerCase(Locale.ROOT) + "-zh-CN");

      switchTo(browser, "locale:en", Locale.ENGLISH);
      assertPage(browser, Locale.ENGLISH, "en", viewport);
      browser.screenshot("start-" + viewport.name().toLowerCase(Locale.ROOT) + "-en");

      switchTo(browser, "locale:zh", Locale.SIMPLIFIED_CHINESE);
      assertPage(browser, Locale.SIMPLIFIED_CHINESE, "zh-CN", viewport);
    }
  }

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void englishBrowserGetsEnglish(Viewport viewport) throws Exception {
    try (Browser browser = Browser.open(viewport, "en-US,en")) {
      browser.driver().get(base.toString());

      assertPage(browser, Locale.ENGLISH, "en", viewport);
    }
  }

  private static void switchTo(Browser browser, String buttonId, Locale locale) {
    WebElement title = browser.driver().findElement(By.id("home-title"));
    browser.driver().findElement(By.id(buttonId)).click();
    browser.waitUpTo(Duration.ofSeconds(20)).until(Browser.gone(title));
  }

  private static void assertPage(
      Browser browser, Locale locale, String htmlLang, Viewport viewport) {
    ResourceBundle texts = ResourceBundle.getBundle(MESSAGES, locale);
    WebElement title =
        browser
            .waitUpTo(Duration.ofSeconds(30))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("home-title")));

    assertEquals(texts.getString("home.title"), title.getText());
    assertEquals(htmlLang, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(
        true, browser.script("return typeof PrimeFaces === 'object';"), "PrimeFaces loaded");
    int cards = browser.driver().findElements(By.cssSelector(".ui-card")).size();
    assertTrue(cards >= 5, "a PrimeFaces card per module and one for core, got " + cards);

    long pageWidth =
        ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
    long viewportWidth = ((Number) browser.script("return window.innerWidth;")).longValue();
    assertTrue(
        pageWidth <= viewportWidth,
        "no sideways scrolling: page " + pageWidth + " > viewport " + viewportWidth);
    if (viewport == Viewport.PHONE) {
      assertEquals(viewport.width(), viewportWidth, "phone viewport width");
    }
  }
}
