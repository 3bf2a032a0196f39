package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * A staff member fills their self evaluation on a phone (390 px) in Chinese: a tap per criterion on
 * the scale, a comment, one submit; the evaluation then leaves the list and the API shows it
 * submitted.
 */
@ExtendWith(ArquillianExtension.class)
class AppraisalBrowserIT {

  @ArquillianResource URL base;

  @Test
  void aSelfEvaluationIsFilledOnAPhone() throws Exception {
    AppraisalIT.Company c = new AppraisalIT.Company(base.toURI(), "appraisal-ui");
    assertEquals(
        201,
        c.post("hr", "templates", AppraisalIT.template("ui", "60", "40", "20").toString(), "en")
            .statusCode());
    HttpResponse<String> opened =
        c.post(
            "hr",
            "cycles",
            "{\"template\":\"ui\",\"period\":\"2026-11\",\"staffIds\":["
                + c.staff("manager1")
                + "]}",
            "en");
    assertEquals(201, opened.statusCode(), opened.body());
    long cycle = Http.json(opened).getJsonNumber("id").longValue();

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), c.org.tenant, c.org.person("manager1").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(base + "t/" + c.org.tenant + "/core/my-appraisal.xhtml");
      WebElement card = phone.driver().findElement(By.cssSelector(".ops-evaluation"));
      assertTrue(card.getText().contains("自评"), card.getText());
      assertTrue(card.getText().contains("运营月度考核"), card.getText());
      card.findElement(By.cssSelector("button[id$=':fill']")).click();
      phone
          .waitUpTo(Duration.ofSeconds(10))
          .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ops-rating"), 2));
      List<WebElement> criteria = phone.driver().findElements(By.cssSelector(".ops-rating"));
      criteria.get(0).findElements(By.cssSelector(".ui-button")).get(4).click();
      criteria.get(1).findElements(By.cssSelector(".ui-button")).get(3).click();
      phone.driver().findElement(By.id("appraisal:comment")).sendKeys("本月按计划完成，协作良好。");
      phone.screenshot("appraisal-phone-self-evaluation");
      long overflow =
          ((Number)
                  phone.script(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth;"))
              .longValue();
      assertEquals(0, overflow, "no horizontal scrolling at 390 px");
      phone.driver().findElement(By.id("appraisal:submit")).click();
      phone
          .waitUpTo(Duration.ofSeconds(10))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "评价已提交"));
      phone.screenshot("appraisal-phone-submitted");
      assertTrue(phone.driver().findElements(By.cssSelector(".ops-evaluation")).isEmpty());
    }

    JsonObject self =
        Http.jsonArray(c.get("manager1", "evaluations/mine")).getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("role").equals("SELF"))
            .findFirst()
            .orElseThrow();
    assertTrue(self.getBoolean("submitted"), self.toString());
    assertEquals(5, self.getJsonObject("ratings").getInt("attitude"));
    assertEquals(4, self.getJsonObject("ratings").getInt("teamwork"));
    assertEquals("本月按计划完成，协作良好。", self.getString("comment"));

    // manager1's manager sees the computed result under "my team's appraisals".
    assertEquals(200, c.post("hr", "cycles/" + cycle + "/compute", "", "en").statusCode());
    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(
          base.toString(), c.org.tenant, c.org.person("head").email(), ApprovalOrg.PASSWORD);
      phone.driver().get(base + "t/" + c.org.tenant + "/core/my-appraisal.xhtml");
      WebElement team =
          phone
              .waitUpTo(Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("[id$=':team-appraisals']")));
      assertTrue(team.getText().contains("我的团队考核"), team.getText());
      assertTrue(team.getText().contains("manager1"), team.getText());
      phone.screenshot("appraisal-phone-team");
    }
  }
}
