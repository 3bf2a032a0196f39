package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The staff import page on a phone: a file with problems shows them on their rows and cannot be
 * imported; cancel saves nothing; a clean file is imported with one tap.
 */
@ExtendWith(ArquillianExtension.class)
class StaffImportBrowserIT {

  private static final By ROWS = By.id("import:rows");
  private static final By COMMIT = By.id("import:commit");

  @ArquillianResource URL base;

  @Test
  void aPhoneUserSeesTheProblemsCancelsAndThenImportsACleanFile() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "import-web");
    ImportOrg org = ImportOrg.create(root, tenant);
    Path bad =
        file(
            "staff-import-problems.csv",
            "姓名,工号,邮箱,电话,岗位,入职日期\r\n"
                + "王芳,E001,wang@import.example,13800138000,销售部/专员,2026-03-01\r\n"
                + "李娜,E100,li@@import,,专员,2026-03-01\r\n"
                + "张伟,E003,,12,财务部/会计,2026-02-30\r\n",
            Charset.forName("GB18030"));
    Path good =
        file(
            "staff-import-clean.csv",
            "\uFEFF姓名,工号,邮箱,岗位,入职日期\r\n"
                + "王芳,E001,wang@import.example,销售部/专员,2026-03-01\r\n"
                + "李娜,E002,li@import.example,客服部/专员,2026-03-02\r\n",
            StandardCharsets.UTF_8);

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      phone.driver().get(base + "t/" + tenant + "/core/staff-import.xhtml");
      phone.screenshot("staff-import-phone-start");

      // The upload itself is bounded: more than 5 MB, or not .csv/.xlsx, never reaches the import.
      Path large = dir().resolve("staff-import-large.csv");
      Files.write(large, new byte[6 * 1024 * 1024]);
      upload(phone, large);
      waitForText(phone, ".ui-messages-error", "文件超过 5.0 MB");
      phone.screenshot("staff-import-phone-too-large");
      phone.driver().navigate().refresh();
      Path txt = dir().resolve("staff-import.txt");
      Files.writeString(txt, "姓名\n王芳\n");
      upload(phone, txt);
      waitForText(phone, ".ui-messages-error", "此处不接受这种类型的文件：staff-import.txt");
      phone.driver().navigate().refresh();

      upload(phone, bad);
      WebElement table = waitFor(phone, ROWS);
      assertFalse(phone.driver().findElement(COMMIT).isEnabled(), "Import waits for a clean file");
      assertTrue(
          phone.driver().findElement(By.id("summary")).getText().contains("共 3 行，其中 2 行有问题"),
          phone.driver().findElement(By.id("summary")).getText());
      String shown = table.getText();
      assertTrue(shown.contains("“li@@import”不是有效的电子邮件地址。"), shown);
      assertTrue(shown.contains("工号 E100 已存在。"), shown);
      assertTrue(shown.contains("“12”不是有效的电话号码。"), shown);
      assertTrue(shown.contains("没有岗位“财务部/会计”"), shown);
      assertTrue(shown.contains("“2026-02-30”不是有效日期"), shown);
      assertFalse(shown.contains("王芳"), "only the rows with problems are shown at first");
      assertEquals(
          Boolean.TRUE,
          phone.script("return document.documentElement.scrollWidth <= window.innerWidth"),
          "nothing wider than the phone");
      phone.script("window.scrollTo(0, document.getElementById('import').offsetTop - 70)");
      phone.screenshot("staff-import-phone-problems");

      phone.driver().findElement(By.id("import:cancel")).click();
      waitForText(phone, ".ui-messages-info", "已取消导入");
      assertEquals(List.of("老员工"), org.staffNames(), "a cancelled import saves nothing");

      upload(phone, good);
      waitFor(phone, ROWS);
      assertTrue(phone.driver().findElement(COMMIT).isEnabled());
      phone.screenshot("staff-import-phone-ready");
      phone.driver().findElement(COMMIT).click();
      waitForText(phone, ".ui-messages-info", "已导入 2 名员工。");
    }
    assertEquals(List.of("李娜", "王芳", "老员工"), org.staffNames());
  }

  private static void upload(Browser browser, Path file) {
    WebElement input =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  private static WebElement waitFor(Browser browser, By element) {
    return browser
        .waitUpTo(Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  private static void waitForText(Browser browser, String css, String text) {
    browser
        .waitUpTo(Duration.ofSeconds(60))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  private static Path dir() {
    return Path.of(System.getProperty("it.screenshots", "target/screenshots")).getParent();
  }

  private static Path file(String name, String text, Charset charset) throws Exception {
    Path file = dir().resolve(name);
    Files.write(file, text.getBytes(charset));
    return file;
  }
}
