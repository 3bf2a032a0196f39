package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The inspection on a phone (390x844, Chinese): from Today into the form, a failed item with a
 * photo, the customer's signature drawn on the screen, completion; a failed entry that puts a
 * revisit on Today; and a draft that survives a reload. What the pages did is checked in the
 * database.
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

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      signIn(phone, field, zhang);
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
      line.click();

      visible(phone, By.id("badge"));
      assertEquals("GS-0909", phone.driver().findElement(By.id("badge")).getText().strip());
      assertTrue(
          phone.driver().findElement(By.id("seal")).getText().contains("S-U-1"),
          phone.driver().findElement(By.id("seal")).getText());
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
