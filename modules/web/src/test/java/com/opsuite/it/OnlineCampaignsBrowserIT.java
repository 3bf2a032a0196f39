package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A planner follows a running campaign on a phone in Chinese (the list, the overdue task, the live
 * figures' chart, a figure entered by hand) and on a desktop in English plans a new one and sends
 * it for review, then reads an evaluated campaign's plan against its outcome.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineCampaignsBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @ArquillianResource URL base;

  @Test
  void aPlannerFollowsACampaignOnAPhoneAndPlansOneOnADesktop() throws Exception {
    OnlineCampaignsData d = new OnlineCampaignsData(new OnlineCompany(base.toURI(), "ocamp-ui"));
    long running = d.running("开放日活动", "8000", "20000");
    LocalDate today = LocalDate.now();
    assertEquals(201, d.task(running, "印刷海报", "clerk2", today.minusDays(3)).statusCode());
    assertEquals(201, d.task(running, "预订场地", "clerk", today.plusDays(3)).statusCode());
    Instant at = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.DAYS);
    int[] participants = {80, 210, 350};
    for (int i = 0; i < participants.length; i++) {
      HttpResponse<String> r =
          d.figures(
              running,
              "clerk2",
              Json.createObjectBuilder()
                  .add("at", at.plus(i, ChronoUnit.DAYS).toString())
                  .add(
                      "values",
                      Json.createObjectBuilder()
                          .add("participants", participants[i])
                          .add("interactions", participants[i] * 3)));
      assertEquals(201, r.statusCode(), r.body());
    }
    long evaluated = d.running("Spring quiz", "500", "900");
    assertEquals(200, d.move(evaluated, "finish").statusCode());
    HttpResponse<String> report =
        Http.put(
            d.co.api("campaigns/" + evaluated + "/evaluation"),
            Json.createObjectBuilder()
                .add("actualCost", 500)
                .add("actualRevenue", 900)
                .add("goalActual", 420)
                .add("lessons", "Announce the prizes earlier")
                .build()
                .toString(),
            d.co.as("clerk"));
    assertEquals(200, report.statusCode(), report.body());
    String email = d.co.org.person("clerk").email();
    String pages = base + "t/" + d.co.tenant + "/online-ops/";

    try (Browser phone = Browser.open(Viewport.PHONE, "zh-CN,zh")) {
      phone.signIn(base.toString(), d.co.tenant, email, ApprovalOrg.PASSWORD);
      phone.driver().get(pages + "campaigns.xhtml");
      assertEquals("活动", visible(phone, By.id("campaigns-title")).getText());
      WebElement link = visible(phone, By.linkText("开放日活动"));
      assertNoHorizontalScroll(phone);
      phone.screenshot("online-campaigns-list-phone");

      link.click();
      assertEquals("开放日活动", visible(phone, By.id("campaign-title")).getText());
      assertEquals("进行中", phone.driver().findElement(By.id("campaign-status")).getText());
      assertTrue(visible(phone, By.id("overdue")).getText().contains("1"));
      WebElement canvas = chart(phone);
      assertNoHorizontalScroll(phone);
      phone.screenshot("online-campaigns-detail-phone");
      scrollTo(phone, canvas);
      phone.screenshot("online-campaigns-chart-phone");

      WebElement value = phone.driver().findElement(By.id("work:figure-value_input"));
      value.sendKeys("600");
      phone.driver().findElement(By.id("work:add-figure")).click();
      phone.waitUpTo(WAIT).until(Browser.gone(canvas));
      phone.awaitAjax(WAIT);
      WebElement redrawn = chart(phone);
      assertEquals(
          4L,
          ((Number)
                  phone.script("return Chart.getChart(arguments[0]).data.labels.length;", redrawn))
              .longValue());
      assertTrue(phone.driver().findElement(By.id("figures")).getText().contains("600"));
      scrollTo(phone, phone.driver().findElement(By.id("figures")));
      phone.screenshot("online-campaigns-figure-added-phone");
    }

    try (Browser desktop = Browser.open(Viewport.DESKTOP, "en")) {
      desktop.signIn(base.toString(), d.co.tenant, email, ApprovalOrg.PASSWORD);
      desktop.driver().get(pages + "campaign.xhtml");
      assertEquals("New campaign", visible(desktop, By.id("campaign-title")).getText());
      desktop.driver().findElement(By.id("plan:theme")).sendKeys("Autumn open day");
      desktop.driver().findElement(By.id("plan:goal")).sendKeys("300 families visit");
      desktop.driver().findElement(By.id("plan:goalTarget_input")).sendKeys("300");
      desktop.driver().findElement(By.id("plan:costEstimate_input")).sendKeys("12000");
      desktop.driver().findElement(By.id("plan:expectedRevenue_input")).sendKeys("30000");
      desktop.screenshot("online-campaigns-new-desktop");
      desktop.driver().findElement(By.id("plan:save")).click();
      desktop.waitUpTo(WAIT).until(ExpectedConditions.urlContains("id="));
      assertEquals("Autumn open day", visible(desktop, By.id("campaign-title")).getText());
      assertEquals("Draft", desktop.driver().findElement(By.id("campaign-status")).getText());
      WebElement status = desktop.driver().findElement(By.id("campaign-status"));
      desktop.driver().findElement(By.id("work:submit")).click();
      desktop.waitUpTo(WAIT).until(Browser.gone(status));
      assertEquals("In review", visible(desktop, By.id("campaign-status")).getText());
      desktop.screenshot("online-campaigns-submitted-desktop");

      desktop.driver().get(pages + "campaign.xhtml?id=" + evaluated);
      assertEquals("0.80", visible(desktop, By.id("roi")).getText());
      assertTrue(desktop.driver().findElement(By.id("goal-actual")).getText().contains("Met"));
      scrollTo(desktop, desktop.driver().findElement(By.id("evaluation")));
      desktop.screenshot("online-campaigns-evaluation-desktop");
    }
    try (Browser phone = Browser.open(Viewport.PHONE, "en")) {
      phone.signIn(base.toString(), d.co.tenant, email, ApprovalOrg.PASSWORD);
      phone.driver().get(pages + "campaign.xhtml?id=" + evaluated);
      visible(phone, By.id("roi"));
      assertNoHorizontalScroll(phone);
      scrollTo(phone, phone.driver().findElement(By.id("evaluation")));
      phone.screenshot("online-campaigns-evaluation-phone");
    }
  }

  /** Brings the element to the top of the screen, clear of the sticky top bar. */
  private static void scrollTo(Browser b, WebElement element) {
    b.script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -80);", element);
  }

  /** The figures' chart, once Chart.js has drawn it. */
  private static WebElement chart(Browser b) {
    WebElement canvas = visible(b, By.cssSelector("[id='work:figures-chart'] canvas"));
    b.waitUpTo(WAIT)
        .until(
            d -> Boolean.TRUE.equals(b.script("return !!Chart.getChart(arguments[0]);", canvas)));
    return canvas;
  }

  private static WebElement visible(Browser browser, By by) {
    return browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
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
