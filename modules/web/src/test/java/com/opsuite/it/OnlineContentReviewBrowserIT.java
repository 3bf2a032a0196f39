package com.opsuite.it;

import static com.opsuite.it.OnlineContentData.draft;
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

/**
 * Approving a content item from the inbox: the clerk's proofread item waits in the manager's "My
 * approvals" on a phone in Chinese; two taps approve it and the item's page shows it scheduled. On
 * the desktop the clerk writes a new item in the rich-text editor and finds both in the list.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineContentReviewBrowserIT {

  private static final By CONFIRM = By.id("decide:confirm");

  @ArquillianResource URL base;

  @Test
  void aManagerApprovesAContentItemFromTheInboxAndItIsScheduled() throws Exception {
    OnlineContentData d = new OnlineContentData(base.toURI(), "ocont-ui");
    long id = d.created("clerk", draft("秋季促销活动预告", "PROMOTION", false, d.website, d.wechat));
    long approval = d.proofreadAndSubmit(id);
    String ref = "CONTENT-" + id;
    String tenantRoot = base + "t/" + d.co.tenant + "/";

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), d.co.tenant, d.co.org.person("manager1").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(tenantRoot + "core/approvals.xhtml");
      WebElement card = card(phone, ref);
      assertTrue(card.getText().contains("内容审核"), card.getText());
      assertTrue(card.getText().contains("秋季促销活动预告"), card.getText());
      assertTrue(card.getText().contains("主管审核"), card.getText());
      phone.screenshot("online-content-inbox-phone");
      assertNoHorizontalScroll(phone);

      card.findElement(By.cssSelector("button[id$=':approve']")).click();
      visible(phone, CONFIRM).click();
      phone
          .waitUpTo(Duration.ofSeconds(20))
          .until(
              ExpectedConditions.invisibilityOfElementLocated(
                  By.cssSelector("article[data-ref='" + ref + "']")));
      assertEquals("APPROVED", ApprovalOrg.status(d.co.org.get("clerk", approval)));

      phone.driver().get(tenantRoot + "online-ops/content-item.xhtml?id=" + id);
      WebElement status = visible(phone, By.id("item-status"));
      assertEquals("SCHEDULED", status.getAttribute("data-status"));
      assertEquals("待发布", status.getText());
      WebElement review = visible(phone, By.id("review-history"));
      assertTrue(review.getText().contains("manager1"), review.getText());
      phone.screenshot("online-content-item-phone");
      assertNoHorizontalScroll(phone);
      phone.script("arguments[0].scrollIntoView({block: 'center'});", review);
      phone.screenshot("online-content-item-phone-review");

      // manager1 owns the website account: the item is published there from the page.
      phone.script("window.scrollTo(0, 0);");
      visible(phone, By.id("item:publishPlatformId")).click();
      visible(
              phone,
              By.cssSelector("#item\\:publishPlatformId_panel li[data-label='Website ocont-ui']"))
          .click();
      phone.driver().findElement(By.id("item:link")).sendKeys("https://example.com/autumn");
      phone.driver().findElement(By.id("item:publish")).click();
      WebElement onWebsite =
          phone
              .waitUpTo(Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#targets li[data-platform='" + d.website + "'] a")));
      assertEquals("https://example.com/autumn", onWebsite.getText());
      assertEquals("SCHEDULED", d.status(id), "WeChat is still to come");
      phone.screenshot("online-content-item-phone-published");
      assertNoHorizontalScroll(phone);

      phone.driver().get(tenantRoot + "online-ops/content.xhtml");
      WebElement link = visible(phone, By.cssSelector("a[data-content='" + id + "']"));
      assertEquals("秋季促销活动预告", link.getText());
      phone.screenshot("online-content-list-phone");
      assertNoHorizontalScroll(phone);
    }
    assertEquals("SCHEDULED", d.status(id));

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), d.co.tenant, d.co.org.person("clerk").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(tenantRoot + "online-ops/content-item.xhtml");
      visible(phone, By.cssSelector("#item\\:body .ql-editor"));
      phone.screenshot("online-content-editor-phone");
      assertNoHorizontalScroll(phone);
    }

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "zh-CN,zh")) {
      desktop.signIn(
          base.toString(), d.co.tenant, d.co.org.person("clerk").email(), ApprovalOrg.PASSWORD);
      desktop.driver().get(tenantRoot + "online-ops/content-item.xhtml");
      visible(desktop, By.id("item:title")).sendKeys("行业资讯周报");
      WebElement editor = visible(desktop, By.cssSelector("#item\\:body .ql-editor"));
      editor.click();
      editor.sendKeys("本周要点");
      desktop.screenshot("online-content-editor-desktop");
      desktop.driver().findElement(By.id("item:save")).click();
      desktop.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("id="));
      WebElement status = visible(desktop, By.id("item-status"));
      assertEquals("DRAFT", status.getAttribute("data-status"));
      assertTrue(
          visible(desktop, By.cssSelector("#item\\:body .ql-editor")).getText().contains("本周要点"));
      assertTrue(visible(desktop, By.id("item:proofread")).isDisplayed(), "the owner proofreads");
      desktop.screenshot("online-content-item-desktop");
      assertNoHorizontalScroll(desktop);

      desktop.driver().get(tenantRoot + "online-ops/content.xhtml");
      visible(desktop, By.cssSelector("a[data-content='" + id + "']"));
      WebElement table = visible(desktop, By.id("content:list"));
      assertTrue(table.getText().contains("行业资讯周报"), table.getText());
      assertTrue(table.getText().contains("待发布"), table.getText());
      desktop.screenshot("online-content-list-desktop");
      assertNoHorizontalScroll(desktop);
    }
  }

  private static WebElement card(Browser browser, String ref) {
    return visible(browser, By.cssSelector("article[data-ref='" + ref + "']"));
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
