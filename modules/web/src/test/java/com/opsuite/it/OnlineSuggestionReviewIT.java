package com.opsuite.it;

import static com.opsuite.it.OnlineTicketsData.id;
import static com.opsuite.it.OnlineTicketsData.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The periodic review of suggestions (monthly by default): a period takes up the open suggestions
 * received by its end, decides each (adopted, rejected, deferred with a note) once, and deferred
 * ones come up in the next period; the service owners are reminded once when a review is due on the
 * period's last working day and not done; the review section of the tickets page; another tenant
 * reaches none of it.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineSuggestionReviewIT {

  @ArquillianResource URL base;

  private static long suggestion(OnlineTicketsData d, String content, String receivedAt) {
    return id(d.opened("clerk", ticket("SUGGESTION", content, receivedAt)));
  }

  private static JsonObject sheet(OnlineTicketsData d, String period) {
    HttpResponse<String> r =
        Http.get(d.co.api("suggestion-reviews?period=" + period), d.co.as("manager1"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  private static List<String> items(JsonObject sheet) {
    return sheet.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(
            i ->
                i.getString("subject")
                    + (i.containsKey("decision") && !i.isNull("decision")
                        ? " " + i.getString("decision")
                        : "")
                    + (i.getInt("deferredBefore") > 0
                        ? " deferred " + i.getInt("deferredBefore")
                        : ""))
        .toList();
  }

  private static HttpResponse<String> review(
      OnlineTicketsData d, String as, String period, JsonArray decisions) {
    return Http.post(
        d.co.api("suggestion-reviews"),
        Json.createObjectBuilder()
            .add("period", period)
            .add("note", "Monthly service meeting")
            .add("decisions", decisions)
            .build()
            .toString(),
        d.co.as(as, "Accept-Language", "en"));
  }

  private static JsonObject decision(long ticket, String decision, String note) {
    var b = Json.createObjectBuilder().add("ticketId", ticket).add("decision", decision);
    if (note != null) {
      b.add("note", note);
    }
    return b.build();
  }

  private static JsonArray remind(OnlineTicketsData d, String on) {
    HttpResponse<String> r =
        Http.post(d.co.api("suggestion-reviews/reminders/run?on=" + on), "", d.co.as("manager1"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.jsonArray(r);
  }

  @Test
  void aMonthsSuggestionsAreReviewedOnceAndDeferredOnesComeBack() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "osr-review");
    long invoices = suggestion(d, "Invoices online, please", "2026-10-09T02:00:00Z");
    long parking = suggestion(d, "More parking at the shop", "2026-10-20T02:00:00Z");
    long app = suggestion(d, "A dark mode in the app", "2026-11-03T02:00:00Z");
    id(d.opened("clerk", ticket("INQUIRY", "Opening hours?", "2026-10-10T02:00:00Z")));

    // October's review takes up October's two suggestions (not the inquiry, not November's). It
    // was due on Friday 30 October (the 31st is a Saturday) and is overdue.
    JsonObject october = sheet(d, "2026-10");
    assertEquals(List.of("Invoices online, please", "More parking at the shop"), items(october));
    assertEquals("2026-10-30", october.getString("dueOn"));
    assertFalse(october.getBoolean("done"));
    assertTrue(october.getBoolean("overdue"));

    // Refused, nothing saved: a suggestion left out, a deferral without a note, one not waiting,
    // a period that starts nothing or has not started, and an agent without the right.
    HttpResponse<String> missing =
        review(
            d,
            "manager1",
            "2026-10",
            Json.createArrayBuilder().add(decision(invoices, "ADOPTED", null)).build());
    assertEquals(400, missing.statusCode(), missing.body());
    assertEquals(
        "1 waiting suggestion(s) have no decision: [" + parking + "]",
        Http.json(missing).getString("detail"));
    HttpResponse<String> noNote =
        review(
            d,
            "manager1",
            "2026-10",
            Json.createArrayBuilder()
                .add(decision(invoices, "ADOPTED", null))
                .add(decision(parking, "DEFERRED", " "))
                .build());
    assertEquals(400, noNote.statusCode(), noNote.body());
    assertEquals(
        "decisions[1].note",
        Http.json(noNote).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        "Say why the suggestion is deferred and until when.",
        Http.json(noNote).getString("detail"));
    HttpResponse<String> notWaiting =
        review(
            d,
            "manager1",
            "2026-10",
            Json.createArrayBuilder()
                .add(decision(invoices, "ADOPTED", null))
                .add(decision(parking, "REJECTED", null))
                .add(decision(app, "ADOPTED", null))
                .build());
    assertEquals(400, notWaiting.statusCode(), notWaiting.body());
    assertEquals(
        "Suggestion " + app + " does not wait for this review.",
        Http.json(notWaiting).getString("detail"));
    assertEquals(
        400, review(d, "manager1", "2026-13", Json.createArrayBuilder().build()).statusCode());
    assertEquals(
        400, review(d, "manager1", "2099-01", Json.createArrayBuilder().build()).statusCode());
    JsonArray good =
        Json.createArrayBuilder()
            .add(decision(invoices, "ADOPTED", "Online invoices from January"))
            .add(decision(parking, "DEFERRED", "Wait for the new lease in spring"))
            .build();
    assertEquals(403, review(d, "clerk", "2026-10", good).statusCode());
    assertFalse(sheet(d, "2026-10").getBoolean("done"), "nothing was saved");

    // The review: the adopted suggestion is settled, the deferred one stays open.
    HttpResponse<String> done = review(d, "manager1", "2026-10", good);
    assertEquals(201, done.statusCode(), done.body());
    JsonObject reviewed = Http.json(done);
    assertTrue(reviewed.getBoolean("done"));
    assertFalse(reviewed.getBoolean("overdue"));
    assertEquals(d.co.userId("manager1"), reviewed.getJsonNumber("reviewerId").longValue());
    assertEquals("Monthly service meeting", reviewed.getString("note"));
    assertEquals(
        List.of("Invoices online, please ADOPTED", "More parking at the shop DEFERRED"),
        items(reviewed));
    JsonObject adopted = d.get("manager1", invoices);
    assertEquals("REVIEWED", adopted.getJsonObject("ticket").getString("status"));
    assertEquals("ADOPTED", adopted.getString("reviewOutcome"));
    assertEquals("Online invoices from January", adopted.getString("reviewNote"));
    assertEquals("OPEN", d.get("manager1", parking).getJsonObject("ticket").getString("status"));

    // Once per period.
    HttpResponse<String> again = review(d, "manager1", "2026-10", good);
    assertEquals(409, again.statusCode(), again.body());
    assertEquals(
        "The suggestions of 2026-10 were already reviewed.", Http.json(again).getString("detail"));

    // November's review takes up the deferred suggestion again, with November's own.
    assertEquals(
        List.of("More parking at the shop deferred 1", "A dark mode in the app"),
        items(sheet(d, "2026-11")));
    JsonArray history =
        Http.jsonArray(Http.get(d.co.api("suggestion-reviews/history"), d.co.as("manager1")));
    assertEquals(1, history.size());
    assertEquals("2026-10", history.getJsonObject(0).getString("period"));

    // A quarterly period is named by its first month.
    d.setting("suggestion-review-months", "3");
    assertEquals(
        400,
        Http.get(d.co.api("suggestion-reviews?period=2026-11"), d.co.as("manager1")).statusCode());
    JsonObject quarter = sheet(d, "2026-07");
    assertEquals("2026-09-30", quarter.getString("lastDay"));
    assertEquals(List.of(), items(quarter), "nothing was received before October");
  }

  @Test
  void theServiceOwnersAreRemindedOnceWhenAReviewIsDueAndNotDone() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "osr-remind");
    long idea = suggestion(d, "Send a text when the parcel leaves", "2026-10-12T02:00:00Z");
    String manager = d.co.org.person("manager1").email();
    try (Mailbox mail = Mailbox.start()) {
      // Not yet due on Thursday 29 October; due on Friday the 30th, the last working day.
      assertEquals(0, remind(d, "2026-10-29").size());
      JsonArray sent = remind(d, "2026-10-30");
      assertEquals(1, sent.size(), sent.toString());
      JsonObject reminder = sent.getJsonObject(0);
      assertEquals("2026-10", reminder.getString("period"));
      assertEquals("2026-10-30", reminder.getString("dueOn"));
      assertEquals(1, reminder.getInt("waiting"));
      List<Long> to =
          reminder.getJsonArray("userIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
              .map(n -> n.longValue())
              .toList();
      assertTrue(to.contains(d.co.userId("manager1")), to.toString());
      assertFalse(to.contains(d.co.userId("clerk")), "an agent does not own the review");

      // Once, however often it runs, on this day or the next.
      assertEquals(0, remind(d, "2026-10-30").size());
      assertEquals(0, remind(d, "2026-11-02").size());

      MimeMessage message = mail.first(manager);
      String body = Mailbox.body(message);
      assertTrue(message.getSubject().contains("2026-10"), message.getSubject());
      assertTrue(body.contains("2026-10-30"), body);
      assertTrue(body.contains("/t/" + d.co.tenant + "/online-ops/tickets.xhtml"), body);
      Thread.sleep(2000);
      assertEquals(1, mail.to(manager).size());
      assertEquals(0, mail.to(d.co.org.person("clerk").email()).size());

      // Done: November's review comes due at the end of November, and no reminder for October.
      HttpResponse<String> done =
          review(
              d,
              "manager1",
              "2026-10",
              Json.createArrayBuilder().add(decision(idea, "REJECTED", "Costs too much")).build());
      assertEquals(201, done.statusCode(), done.body());
      assertEquals(0, remind(d, "2026-11-30").size(), "nothing waits for November's review");
      assertEquals(
          403,
          Http.post(
                  d.co.api("suggestion-reviews/reminders/run?on=2026-10-30"), "", d.co.as("clerk"))
              .statusCode());
    }
  }

  @Test
  void theTicketsPageShowsTheReviewToServiceManagersOnly() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "osr-page");
    suggestion(d, "Weekend opening hours", null);
    PageSession manager =
        PageSession.signIn(
            d.co.root, d.co.tenant, d.co.org.person("manager1").email(), ApprovalOrg.PASSWORD);
    HttpResponse<String> page = manager.get("t/" + d.co.tenant + "/online-ops/tickets.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("suggestion-review-title"), "the section is there");
    assertTrue(page.body().contains("Weekend opening hours"), "December's suggestion waits");
    PageSession clerk =
        PageSession.signIn(
            d.co.root, d.co.tenant, d.co.org.person("clerk").email(), ApprovalOrg.PASSWORD);
    HttpResponse<String> agents = clerk.get("t/" + d.co.tenant + "/online-ops/tickets.xhtml");
    assertEquals(200, agents.statusCode());
    assertFalse(agents.body().contains("suggestion-review-title"));
  }

  @Test
  void anotherTenantReachesNoneOfIt() throws Exception {
    OnlineTicketsData a = new OnlineTicketsData(base.toURI(), "osr-iso-a");
    OnlineTicketsData b = new OnlineTicketsData(base.toURI(), "osr-iso-b");
    long theirs = suggestion(a, "A's own idea", "2026-10-05T02:00:00Z");

    assertEquals(List.of(), items(sheet(b, "2026-10")));
    HttpResponse<String> taken =
        review(
            b,
            "manager1",
            "2026-10",
            Json.createArrayBuilder().add(decision(theirs, "ADOPTED", null)).build());
    assertEquals(400, taken.statusCode(), taken.body());
    assertEquals(0, remind(b, "2026-10-30").size());
    assertEquals(List.of("A's own idea"), items(sheet(a, "2026-10")));
    assertEquals("OPEN", a.get("manager1", theirs).getJsonObject("ticket").getString("status"));
  }
}
