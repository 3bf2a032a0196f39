package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The inspection on a phone (390x844, Chinese): from Today into the form, a failed item with a
 * photo, the customer's signature drawn on the screen, completion; a failed entry that puts a
 * revisit on Today; a draft that survives a reload; and draft edits made with the network cut off
 * (DevTools' offline emulation), kept on the phone and sent when it is back. What the pages did is
 * checked in the database.
 */
@ExtendWith(ArquillianExtension.class)
class GasInspectionBrowserIT {

  @ArquillianResource URL base;

  @Test
  void anInspectorCompletesAnInspectionWithAPhotoAndTheCustomersSignature() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-ui");
    GasCompany.Person zhang = field.inspector("zhang", "GS-0909");
    long task = field.taskFor(zhang, "U-1", "8 Willow Road");
    field.taskFor(zhang, "U-2", "2 Almond Road");

    try (Browser phone = Browser.openAsSecure(Viewport.PHONE, "zh-CN,zh", base.toURI())) {
      signIn(phone, field, zhang);
      phone.locatedAt(31.2304, 121.4737, 15);
      today(phone, field);
      WebElement line = visible(phone, By.cssSelector("a.gas-task[data-task='" + task + "']"));
      assertTrue(line.getText().contains("8 Willow Road"), line.getText());
      assertTrue(line.getText().contains("计划安检"), line.getText());
      assertTrue(
          phone
              .driver()
              .findElements(By.cssSelector("a.gas-task"))
              .get(0)
              .getText()
              .contains("2 Almond"),
          "ordered by address within the area");
      phone.screenshot("gas-today-phone");
      assertNoHorizontalScroll(phone);
      assertTouchTargets(phone, "[id='today:search']", "a.gas-task");
      line.click();

      visible(phone, By.id("badge"));
      assertEquals("GS-0909", phone.driver().findElement(By.id("badge")).getText().strip());
      assertTrue(
          phone.driver().findElement(By.id("seal")).getText().contains("S-U-1"),
          phone.driver().findElement(By.id("seal")).getText());
      WebElement location =
          phone
              .waitUpTo(Duration.ofSeconds(60))
              .withMessage(() -> "no position on the page: " + whereabouts(phone))
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("location")));
      assertEquals("31.230400, 121.473700", location.getText().strip(), "the phone's position");
      phone.screenshot("gas-inspection-phone-top");
      assertNoHorizontalScroll(phone);
      click(phone, By.id("insp:pass-rest"));
      phone
          .waitUpTo(Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(By.id("insp:progress"), "11/11"));
      click(phone, By.id("insp:fail-hose"));
      WebElement note = visible(phone, By.id("insp:note-hose"));
      note.sendKeys("软管老化开裂");
      phone.driver().findElement(By.id("insp:notes")).click();
      phone.screenshot("gas-inspection-phone-failed-item");
      assertNoHorizontalScroll(phone);

      Path photo = Files.createDirectories(Path.of("target", "gas-it")).resolve("hose.jpg");
      Files.write(photo, GasField.jpeg());
      WebElement input =
          phone
              .waitUpTo(Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("[id='insp:item-hose'] input[type=file]")));
      input.sendKeys(photo.toAbsolutePath().toString());
      WebElement thumbnail = visible(phone, By.cssSelector("[id='insp:item-hose'] .gas-photo img"));
      phone.script(
          "arguments[0].scrollIntoView({block: 'start'});",
          phone.driver().findElement(By.id("insp:item-hose")));
      phone.screenshot("gas-inspection-phone-photo");
      assertTrue(thumbnail.getAttribute("src").startsWith("data:image/jpeg;base64,"));
      assertTouchTargets(
          phone,
          "#back",
          "[id='insp:pass-rest']",
          ".gas-choices .ui-button",
          "[id='insp:note-hose']",
          ".gas-upload .ui-button",
          ".gas-photo .ui-button",
          "[id='insp:notes']",
          "[id='insp:clear-signature']",
          "[id='insp:complete']",
          ".gas-reasons label",
          "[id='insp:reason-note']",
          "[id='insp:entry-failed']");

      WebElement canvas = visible(phone, By.cssSelector("[id='insp:signature'] canvas"));
      phone.script("arguments[0].scrollIntoView({block: 'center'});", canvas);
      new Actions(phone.driver())
          .moveToElement(canvas, -80, 10)
          .clickAndHold()
          .moveByOffset(30, -20)
          .moveByOffset(30, 30)
          .moveByOffset(40, -25)
          .moveByOffset(30, 20)
          .release()
          .perform();
      phone.screenshot("gas-inspection-phone-signed");
      click(phone, By.id("insp:complete"));
      visible(phone, By.cssSelector(".gas-status-COMPLETED"));
      phone.script("window.scrollTo(0, 0);");
      phone.screenshot("gas-inspection-phone-completed");
      assertNoHorizontalScroll(phone);
    }

    String inspection = field.value("SELECT id FROM gas_inspection WHERE task_id = ?", task);
    assertEquals(
        "COMPLETED",
        field.value("SELECT status FROM gas_inspection WHERE id = ?", Long.valueOf(inspection)));
    assertEquals(
        "GS-0909",
        field.value("SELECT badge_no FROM gas_inspection WHERE id = ?", Long.valueOf(inspection)));
    assertEquals(
        "31.230400 121.473700 15.0",
        field.value(
            "SELECT latitude || ' ' || longitude || ' ' || location_accuracy_m FROM gas_inspection"
                + " WHERE id = ?",
            Long.valueOf(inspection)),
        "the completed record keeps where the phone was");
    assertEquals(
        "PHOTO:hose:image/jpeg,SIGNATURE:-:image/png",
        field.value(
            "SELECT string_agg(kind || ':' || coalesce(item_code, '-') || ':' || content_type, ','"
                + " ORDER BY kind) FROM gas_evidence WHERE inspection_id = ?",
            Long.valueOf(inspection)));
    assertEquals(
        "89504e47",
        field.value(
            "SELECT encode(substring(content from 1 for 4), 'hex') FROM gas_evidence"
                + " WHERE inspection_id = ? AND kind = 'SIGNATURE'",
            Long.valueOf(inspection)),
        "the signature is stored as a PNG");
    assertEquals(
        "hose:软管老化开裂",
        field.value(
            "SELECT item_code || ':' || description FROM gas_hazard WHERE inspection_id = ?",
            Long.valueOf(inspection)));
    assertEquals("DONE", field.value("SELECT status FROM gas_task WHERE id = ?", task));
  }

  @Test
  void aFailedEntryIsRecordedWithAReasonAndTheRevisitIsOnToday() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-ui-entry");
    GasCompany.Person liu = field.inspector("liu", "GS-0808");
    long task = field.taskFor(liu, "R-1", "9 Maple Road");

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      signIn(phone, field, liu);
      today(phone, field);
      click(phone, By.cssSelector("a.gas-task[data-task='" + task + "']"));
      visible(phone, By.id("insp:entry-failed"));
      click(phone, By.id("insp:entry-failed"));
      WebElement refused = visible(phone, By.cssSelector(".ui-messages-error"));
      assertTrue(refused.getText().contains("请选择未能入户的原因"), refused.getText());

      click(phone, By.xpath("//label[normalize-space()='拒绝入户']"));
      phone.driver().findElement(By.id("insp:reason-note")).sendKeys("业主不在，家人拒绝");
      phone.screenshot("gas-inspection-phone-entry-failed");
      click(phone, By.id("insp:entry-failed"));
      visible(phone, By.cssSelector(".gas-status-ENTRY_FAILED"));
      WebElement done = visible(phone, By.cssSelector(".ui-messages-info"));
      assertTrue(done.getText().contains("已安排"), done.getText());

      today(phone, field);
      WebElement revisit = visible(phone, By.cssSelector("a.gas-task[data-kind='REVISIT']"));
      assertTrue(revisit.getText().contains("9 Maple Road"), revisit.getText());
      assertTrue(revisit.getText().contains("再次上门"), revisit.getText());
      assertTrue(
          phone
              .driver()
              .findElements(By.cssSelector("a.gas-task[data-task='" + task + "']"))
              .isEmpty(),
          "the task itself is done");
      phone.screenshot("gas-today-phone-revisit");
    }
    assertEquals(
        "ENTRY_FAILED:REFUSED",
        field.value(
            "SELECT status || ':' || entry_failure FROM gas_inspection WHERE task_id = ?", task));
  }

  @Test
  void aDraftSurvivesAReload() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-ui-draft");
    GasCompany.Person zhou = field.inspector("zhou", "GS-0707");
    long task = field.taskFor(zhou, "S-1", "7 Pine Road");

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      signIn(phone, field, zhou);
      phone
          .driver()
          .get(
              base + "t/" + field.company.tenant + "/gas-inspection/inspection.xhtml?task=" + task);
      click(phone, By.id("insp:pass-leak-test"));
      selected(phone, "leak-test", "PASS");
      click(phone, By.id("insp:na-seal-intact"));
      selected(phone, "seal-intact", "NOT_APPLICABLE");
      WebElement notes = phone.driver().findElement(By.id("insp:notes"));
      notes.sendKeys("厨房在装修");
      click(phone, By.id("insp:pass-hose"));
      selected(phone, "hose", "PASS");

      phone.driver().navigate().refresh();
      selected(phone, "leak-test", "PASS");
      selected(phone, "seal-intact", "NOT_APPLICABLE");
      selected(phone, "hose", "PASS");
      assertEquals("厨房在装修", phone.driver().findElement(By.id("insp:notes")).getAttribute("value"));
      assertEquals("3/11", phone.driver().findElement(By.id("insp:progress")).getText().strip());
      phone.screenshot("gas-inspection-phone-resumed");
    }
    assertEquals(
        "1",
        field.value(
            "SELECT count(*) FROM gas_inspection WHERE task_id = ? AND status = 'DRAFT'", task));
  }

  @Test
  void draftEditsMadeOfflineAreKeptOnThePhoneAndSentWhenItIsBackOnline() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-ui-offline");
    GasCompany.Person wu = field.inspector("wu", "GS-0606");
    long task = field.taskFor(wu, "F-1", "11 Cedar Lane");
    String page =
        base + "t/" + field.company.tenant + "/gas-inspection/inspection.xhtml?task=" + task;

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      signIn(phone, field, wu);
      phone.driver().get(page);
      click(phone, By.id("insp:pass-leak-test"));
      selected(phone, "leak-test", "PASS");
      phone.awaitAjax(Duration.ofSeconds(30));
      long inspection =
          Long.parseLong(field.value("SELECT id FROM gas_inspection WHERE task_id = ?", task));
      assertEquals("leak-test:PASS", answers(field, inspection));

      // In the basement: no network, and the inspector goes on.
      phone.offline(true);
      click(phone, By.id("insp:na-seal-intact"));
      selected(phone, "seal-intact", "NOT_APPLICABLE");
      WebElement indicator = visible(phone, By.id("offline-draft"));
      assertTrue(indicator.getText().contains("已保存在本机"), indicator.getText());
      phone.driver().findElement(By.id("insp:notes")).sendKeys("地下室没有信号");
      click(phone, By.id("insp:pass-hose"));
      selected(phone, "hose", "PASS");
      assertEquals("3/11", phone.driver().findElement(By.id("insp:progress")).getText().strip());
      phone.screenshot("gas-inspection-phone-offline");
      assertEquals("leak-test:PASS", answers(field, inspection), "nothing reached the server");
      String kept = kept(phone);
      assertTrue(kept.contains("地下室没有信号") && kept.contains("seal-intact"), kept);

      // Back upstairs: what the phone kept is sent by itself.
      phone.offline(false);
      serverHas(field, inspection, "hose:PASS,leak-test:PASS,seal-intact:NOT_APPLICABLE");
      assertEquals(
          "地下室没有信号", field.value("SELECT notes FROM gas_inspection WHERE id = ?", inspection));
      phone
          .waitUpTo(Duration.ofSeconds(30))
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("offline-draft")));
      WebElement sent = visible(phone, By.cssSelector(".ui-messages-info"));
      assertTrue(sent.getText().contains("已发送"), sent.getText());
      forgotten(phone);
      phone.script("window.scrollTo(0, 0);");
      phone.screenshot("gas-inspection-phone-back-online");

      // Offline again, and the page is reloaded: what the phone kept is sent once it is open again.
      phone.offline(true);
      click(phone, By.id("insp:fail-pipe-rust"));
      selected(phone, "pipe-rust", "FAIL");
      try {
        phone.driver().navigate().refresh();
      } catch (WebDriverException e) {
        // Offline, the reload ends on Chromium's "no internet" page; the phone's copy stays.
      }
      phone.offline(false);
      phone.driver().get(page);
      serverHas(
          field, inspection, "hose:PASS,leak-test:PASS,pipe-rust:FAIL,seal-intact:NOT_APPLICABLE");
      visible(phone, By.id("insp:note-pipe-rust"));
      selected(phone, "pipe-rust", "FAIL");
      forgotten(phone);

      // Offline once more while the same draft is saved from another device: the phone's copy is
      // based on a version that is gone, so it is refused, not written over the newer draft.
      phone.offline(true);
      click(phone, By.id("insp:na-appliances"));
      selected(phone, "appliances", "NOT_APPLICABLE");
      HttpResponse<String> elsewhere =
          field.save(
              "wu",
              inspection,
              GasField.version(field.get("wu", inspection)),
              GasField.allPassExcept("pipe-rust"));
      assertEquals(200, elsewhere.statusCode(), elsewhere.body());
      phone.offline(false);
      WebElement conflict = visible(phone, By.cssSelector(".ui-messages-error"));
      assertTrue(conflict.getText().contains("离线时的修改未保存"), conflict.getText());
      selected(phone, "appliances", "PASS");
      forgotten(phone);
      phone.script("window.scrollTo(0, 0);");
      phone.screenshot("gas-inspection-phone-offline-conflict");
    }
    assertEquals(
        "appliances:PASS",
        field.value(
            "SELECT item_code || ':' || result FROM gas_inspection_item WHERE inspection_id ="
                + " (SELECT id FROM gas_inspection WHERE task_id = ?) AND item_code = 'appliances'",
            task));
    assertEquals(
        "1",
        field.value(
            "SELECT count(*) FROM gas_inspection WHERE task_id = ? AND status = 'DRAFT'", task));
  }

  /** The draft's answers as the server holds them, {@code code:RESULT} by code. */
  private static String answers(GasField field, long inspection) {
    return field.value(
        "SELECT string_agg(item_code || ':' || result, ',' ORDER BY item_code)"
            + " FROM gas_inspection_item WHERE inspection_id = ?",
        inspection);
  }

  private static void serverHas(GasField field, long inspection, String expected) {
    new org.openqa.selenium.support.ui.FluentWait<>(field)
        .withTimeout(Duration.ofSeconds(60))
        .pollingEvery(Duration.ofMillis(500))
        .withMessage(() -> "the server's draft: " + answers(field, inspection))
        .until(f -> expected.equals(answers(f, inspection)));
  }

  /** What the page knows of the phone's position, to say why none was shown. */
  private static Object whereabouts(Browser phone) {
    return phone
        .driver()
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "var facts = {secure: window.isSecureContext, command: typeof window.gasLocate,"
                + " geolocation: !!navigator.geolocation};"
                + "if (!navigator.geolocation) { done(JSON.stringify(facts)); return; }"
                + "navigator.geolocation.getCurrentPosition("
                + " function (p) { facts.position = p.coords.latitude; done(JSON.stringify(facts)); },"
                + " function (e) { facts.error = e.code + ' ' + e.message;"
                + " done(JSON.stringify(facts)); }, {timeout: 5000});");
  }

  /** Until the phone keeps no draft: the server has answered for the one it sent. */
  private static void forgotten(Browser phone) {
    phone
        .waitUpTo(Duration.ofSeconds(30))
        .withMessage(() -> "the phone still keeps " + kept(phone))
        .until(d -> kept(phone).isEmpty());
  }

  /** The drafts this phone keeps in its storage for the tenant's inspections, as one text. */
  private static String kept(Browser phone) {
    return String.valueOf(
        phone.script(
            "return Object.keys(localStorage).filter(k => k.startsWith('opsuite.gas.draft.'))"
                + ".map(k => localStorage.getItem(k)).join('');"));
  }

  private void signIn(Browser phone, GasField field, GasCompany.Person person) {
    phone.signIn(base.toString(), field.company.tenant, person.email(), GasCompany.PASSWORD);
  }

  private void today(Browser phone, GasField field) {
    phone.driver().get(base + "t/" + field.company.tenant + "/gas-inspection/today.xhtml");
    visible(phone, By.id("today:lines"));
  }

  private static void selected(Browser phone, String item, String result) {
    phone
        .waitUpTo(Duration.ofSeconds(30))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='insp:item-" + item + "'][data-result='" + result + "']")));
  }

  private static WebElement visible(Browser browser, By element) {
    return browser
        .waitUpTo(Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  private static void click(Browser browser, By element) {
    WebElement target =
        browser
            .waitUpTo(Duration.ofSeconds(60))
            .until(ExpectedConditions.elementToBeClickable(element));
    browser.script("arguments[0].scrollIntoView({block: 'center'});", target);
    target.click();
  }

  /** Every element each selector matches is at least 44x44 CSS px: made for a thumb. */
  private static void assertTouchTargets(Browser phone, String... selectors) {
    List<String> small = new ArrayList<>();
    for (String selector : selectors) {
      List<WebElement> found = phone.driver().findElements(By.cssSelector(selector));
      assertFalse(found.isEmpty(), "nothing on the page matches " + selector);
      for (WebElement element : found) {
        Rectangle rect = element.getRect();
        if (rect.getWidth() < 44 || rect.getHeight() < 44) {
          small.add(selector + " is " + rect.getWidth() + "x" + rect.getHeight());
        }
      }
    }
    assertEquals(List.of(), small, "touch targets under 44x44 CSS px");
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
