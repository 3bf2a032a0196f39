package com.opsuite.it;

import static com.opsuite.it.OnlineTicketsData.id;
import static com.opsuite.it.OnlineTicketsData.ticket;
import static com.opsuite.it.OnlineTicketsData.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer service: every customer message gets a reply-due instant (wall clock, or working hours
 * across weekends and public holidays); the assignee is reminded and the managers alerted once per
 * message; complaints go through hand-over, result and callback in order; suggestions are reviewed;
 * SLA compliance and satisfaction reach the KPI engine; another tenant sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineTicketsIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @ArquillianResource URL base;

  private static String due(JsonObject details, int message) {
    return details.getJsonArray("messages").getJsonObject(message).getString("replyDueAt");
  }

  private static JsonObject summary(JsonObject details) {
    return details.getJsonObject("ticket");
  }

  @Test
  void everyCustomerMessageIsDueTwelveHoursLaterOnTheClockOrInWorkingHours() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "otk-clock");

    // Wall clock: Wednesday 16:00 in Shanghai is due at 04:00 the next morning.
    JsonObject wall =
        d.opened("clerk", ticket("INQUIRY", "Where is my order?", "2026-09-30T16:00:00+08:00"));
    assertEquals("2026-09-30T20:00:00Z", due(wall, 0));
    assertEquals("2026-09-30T20:00:00Z", summary(wall).getString("nextReplyDueAt"));
    assertTrue(summary(wall).getBoolean("breached"));
    assertEquals("Where is my order?", summary(wall).getString("subject"));

    // Working hours 09:00-18:00: 2 h on Wednesday, National Day (1-7 October) skipped,
    // 9 h on Thursday the 8th, the last hour on Friday the 9th.
    d.setting("reply-working-hours-only", "true");
    JsonObject holiday =
        d.opened("clerk", ticket("INQUIRY", "Opening hours?", "2026-09-30T16:00:00+08:00"));
    assertEquals("2026-10-09T02:00:00Z", due(holiday, 0));

    // Friday 15:00: 3 h on Friday, the weekend skipped, 9 h on Monday: due Monday 18:00.
    JsonObject weekend =
        d.opened(
            "clerk", ticket("COMPLAINT", "Parcel arrived broken", "2026-11-06T15:00:00+08:00"));
    assertEquals("2026-11-09T10:00:00Z", due(weekend, 0));

    // A second message before opening time on Monday starts its own clock at 09:00.
    long id = id(weekend);
    JsonObject second =
        d.ok(
            "clerk",
            id,
            "messages",
            Json.createObjectBuilder()
                .add("content", "<p>Any news?</p><script>alert(1)</script>")
                .add("receivedAt", "2026-11-09T08:00:00+08:00"));
    assertEquals("2026-11-10T04:00:00Z", due(second, 1));
    assertEquals(
        "<p>Any news?</p>", second.getJsonArray("messages").getJsonObject(1).getString("body"));
    assertEquals(2, summary(second).getInt("waitingMessages"));
    assertEquals("2026-11-09T10:00:00Z", summary(second).getString("nextReplyDueAt"));

    // A reply answers both and stops the clock; the due instants stay for the record.
    JsonObject replied =
        d.ok("clerk", id, "replies", Json.createObjectBuilder().add("content", "We are on it."));
    assertEquals(0, summary(replied).getInt("waitingMessages"));
    assertTrue(absent(summary(replied), "nextReplyDueAt"));
    assertFalse(summary(replied).getBoolean("breached"));
    JsonObject first = replied.getJsonArray("messages").getJsonObject(0);
    assertFalse(first.getBoolean("answeredInTime"));
    assertFalse(absent(first, "answeredBy"));
    assertEquals("REPLY", replied.getJsonArray("messages").getJsonObject(2).getString("direction"));

    // Back to the wall clock.
    d.setting("reply-working-hours-only", "false");
    JsonObject again = d.opened("clerk", ticket("INQUIRY", "Hello", "2026-11-06T15:00:00+08:00"));
    assertEquals("2026-11-06T19:00:00Z", due(again, 0));
  }

  @Test
  void theAssigneeIsRemindedAndTheManagersAlertedOncePerMessage() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "otk-alert");
    Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
    Instant dueAt = received.plus(Duration.ofHours(12));
    long clerk = d.co.userId("clerk");
    try (Mailbox mail = Mailbox.start()) {
      JsonObject t =
          d.opened(
              "clerk",
              ticket("INQUIRY", "Is the event on Sunday?", received.toString())
                  .add("assigneeId", clerk));
      long id = id(t);
      assertEquals(dueAt.toString(), due(t, 0));
      assertFalse(summary(t).getBoolean("breached"));
      long left = summary(t).getJsonNumber("minutesLeft").longValue();
      assertTrue(left > 655 && left <= 660, "minutes left " + left);

      // Nothing yet three hours before; a reminder two hours before (the default lead), once.
      assertEquals(run(0, 0), runAt(d, dueAt.minus(Duration.ofHours(3))));
      assertEquals(run(1, 0), runAt(d, dueAt.minus(Duration.ofMinutes(90))));
      assertEquals(run(0, 0), runAt(d, dueAt.minus(Duration.ofMinutes(30))));
      MimeMessage reminder = mail.first(d.co.org.person("clerk").email());
      assertTrue(reminder.getSubject().contains("回复即将到期"), reminder.getSubject());
      assertTrue(
          Mailbox.body(reminder).contains("Is the event on Sunday?"), Mailbox.body(reminder));

      // Overdue: the clerk's managers are alerted, once however often the job runs.
      assertEquals(run(0, 1), runAt(d, dueAt.plus(Duration.ofMinutes(1))));
      assertEquals(run(0, 0), runAt(d, dueAt.plus(Duration.ofHours(5))));
      JsonObject after = d.get("clerk", id);
      List<JsonObject> alerts = after.getJsonArray("alerts").getValuesAs(JsonObject.class);
      assertEquals(2, alerts.size());
      assertEquals("REMINDER", alerts.get(0).getString("stage"));
      assertEquals(String.valueOf(clerk), alerts.get(0).getString("recipients"));
      assertEquals("ESCALATION", alerts.get(1).getString("stage"));
      assertEquals(
          List.of(d.co.userId("manager1"), d.co.userId("manager2")).stream().sorted().toList(),
          List.of(alerts.get(1).getString("recipients").split(",")).stream()
              .map(Long::valueOf)
              .sorted()
              .toList());
      MimeMessage escalation = mail.first(d.co.org.person("manager2").email());
      assertTrue(escalation.getSubject().contains("Reply overdue"), escalation.getSubject());
      assertEquals(1, mail.to(d.co.org.person("clerk").email()).size());
      assertEquals(
          "2", d.one("SELECT count(*) FROM online_ticket_alert WHERE tenant_id = ?", d.co.tenant));

      // An unassigned message 13 hours old is breached and goes to the service managers.
      JsonObject stray =
          d.opened(
              "clerk",
              ticket(
                  "COMPLAINT",
                  "Nobody answers",
                  Instant.now().minus(Duration.ofHours(13)).toString()));
      assertTrue(summary(stray).getBoolean("breached"));
      HttpResponse<String> breached = Http.get(d.co.api("tickets?breached=true"), d.co.as("clerk"));
      assertEquals(200, breached.statusCode(), breached.body());
      assertEquals("1", breached.headers().firstValue("X-Total-Count").orElseThrow());
      assertEquals(
          id(stray), Http.jsonArray(breached).getJsonObject(0).getJsonNumber("id").longValue());
      assertEquals(run(0, 1), runAt(d, null));
      assertTrue(
          List.of(
                  d.get("clerk", id(stray))
                      .getJsonArray("alerts")
                      .getJsonObject(0)
                      .getString("recipients")
                      .split(","))
              .contains(String.valueOf(d.co.userId("manager1"))));

      // Agents cannot run the job.
      assertEquals(403, Http.post(d.co.api("tickets/alerts"), "{}", d.co.as("clerk")).statusCode());
    }
  }

  @Test
  void aComplaintGoesToTheDepartmentThenBackToTheCustomerAndClosesWithTheCallback()
      throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "otk-complaint");
    JsonObject t = d.opened("clerk", ticket("COMPLAINT", "The coupon did not work", null));
    long id = id(t);
    JsonObject callback = Json.createObjectBuilder().add("score", 4).build();

    // Out of order: 409 with a reason in the caller's language.
    HttpResponse<String> early = d.post("clerk", id, "callback", callback, "Accept-Language", "en");
    assertEquals(409, early.statusCode(), early.body());
    assertEquals(
        "Not possible now: the ticket is a Complaint in the state \"Open\".",
        Http.json(early).getString("detail"));
    assertEquals(
        409,
        d.post("clerk", id, "notes", Json.createObjectBuilder().add("content", "x")).statusCode());

    // Only a manager hands over, and to a real department.
    JsonObject handOver =
        Json.createObjectBuilder()
            .add("departmentId", d.co.org.departmentId)
            .add("note", "Coupons team")
            .build();
    assertEquals(403, d.post("clerk", id, "handover", handOver).statusCode());
    HttpResponse<String> nowhere =
        d.post(
            "manager1",
            id,
            "handover",
            Json.createObjectBuilder().add("departmentId", 999_999_999L),
            "Accept-Language",
            "zh-CN");
    assertEquals(400, nowhere.statusCode(), nowhere.body());
    assertEquals("没有编号为 999999999 的部门。", Http.json(nowhere).getString("detail"));

    JsonObject handed = d.ok("manager1", id, "handover", handOver);
    assertEquals("HANDED_OVER", summary(handed).getString("status"));
    assertEquals("Operations", summary(handed).getString("departmentName"));
    assertEquals(409, d.post("manager1", id, "handover", handOver).statusCode());

    JsonObject noted =
        d.ok("clerk2", id, "notes", Json.createObjectBuilder().add("content", "Refund approved"));
    assertEquals(1, summary(noted).getInt("waitingMessages"), "a note is no reply");

    JsonObject resulted =
        d.ok(
            "clerk",
            id,
            "result",
            Json.createObjectBuilder()
                .add("result", "We refunded 20 yuan.")
                .add("version", version(noted)));
    assertEquals("RESULT_SENT", summary(resulted).getString("status"));
    assertEquals(0, summary(resulted).getInt("waitingMessages"));
    assertEquals(
        List.of("CUSTOMER", "NOTE", "NOTE", "REPLY"),
        resulted.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("direction"))
            .toList());

    // Validation and a stale version.
    HttpResponse<String> six =
        d.post(
            "clerk",
            id,
            "callback",
            Json.createObjectBuilder().add("score", 6),
            "Accept-Language",
            "en");
    assertEquals(400, six.statusCode(), six.body());
    assertEquals(
        "score", Http.json(six).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        "The satisfaction score is a whole number from 1 to 5.",
        Http.json(six).getString("detail"));
    HttpResponse<String> stale =
        d.post(
            "clerk",
            id,
            "callback",
            Json.createObjectBuilder().add("score", 4).add("version", version(noted)),
            "Accept-Language",
            "zh-CN");
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals("该工单已被他人修改，请刷新后重试。", Http.json(stale).getString("detail"));
    HttpResponse<String> staleHeader =
        d.post("clerk", id, "callback", callback, "If-Match", "\"" + version(noted) + "\"");
    assertEquals(409, staleHeader.statusCode(), staleHeader.body());

    JsonObject closed =
        d.ok(
            "clerk",
            id,
            "callback",
            Json.createObjectBuilder()
                .add("score", 4)
                .add("note", "Happy with the refund")
                .add("version", version(resulted)));
    assertEquals("CLOSED", summary(closed).getString("status"));
    assertEquals(4, closed.getInt("satisfaction"));
    assertEquals("We refunded 20 yuan.", closed.getString("result"));
    assertFalse(absent(closed, "closedAt"));

    assertEquals(
        409,
        d.post("clerk", id, "replies", Json.createObjectBuilder().add("content", "x"))
            .statusCode());
    assertEquals(
        409,
        d.post("clerk", id, "messages", Json.createObjectBuilder().add("content", "x"))
            .statusCode());
  }

  @Test
  void suggestionsWaitForTheReviewAndInquiriesClose() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "otk-suggest");
    long idea = id(d.opened("clerk", ticket("SUGGESTION", "Add a night shift hotline", null)));
    long other = id(d.opened("clerk", ticket("SUGGESTION", "Dark mode for the app", null)));
    long question = id(d.opened("clerk", ticket("INQUIRY", "Do you ship abroad?", null)));

    HttpResponse<String> queue =
        Http.get(d.co.api("tickets?kind=suggestion&status=OPEN"), d.co.as("manager1"));
    assertEquals("2", queue.headers().firstValue("X-Total-Count").orElseThrow());

    JsonObject adopt =
        Json.createObjectBuilder().add("outcome", "ADOPTED").add("note", "From May").build();
    assertEquals(403, d.post("clerk", idea, "review", adopt).statusCode());
    assertEquals(
        400,
        d.post("manager1", idea, "review", Json.createObjectBuilder().add("outcome", "MAYBE"))
            .statusCode());
    JsonObject reviewed = d.ok("manager1", idea, "review", adopt);
    assertEquals("REVIEWED", summary(reviewed).getString("status"));
    assertEquals("ADOPTED", reviewed.getString("reviewOutcome"));
    assertEquals(409, d.post("manager1", idea, "review", adopt).statusCode());
    assertEquals(409, d.post("manager1", question, "review", adopt).statusCode());

    queue = Http.get(d.co.api("tickets?kind=SUGGESTION&status=OPEN"), d.co.as("manager1"));
    assertEquals(1, Http.jsonArray(queue).size());
    assertEquals(other, Http.jsonArray(queue).getJsonObject(0).getJsonNumber("id").longValue());

    assertEquals(409, d.post("clerk", idea, "close", Json.createObjectBuilder()).statusCode());
    assertEquals(
        "CLOSED",
        summary(d.ok("clerk", question, "close", Json.createObjectBuilder())).getString("status"));

    // Paging.
    HttpResponse<String> page = Http.get(d.co.api("tickets?first=1&max=1"), d.co.as("clerk"));
    assertEquals("3", page.headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals("false", page.headers().firstValue("X-Total-Capped").orElseThrow());
    assertEquals(1, Http.jsonArray(page).size());
    assertEquals(other, Http.jsonArray(page).getJsonObject(0).getJsonNumber("id").longValue());
  }

  @Test
  void aNewTicketIsValidatedInTheCallersLanguage() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "otk-valid");
    HttpResponse<String> noKind =
        d.open(
            "clerk",
            Json.createObjectBuilder()
                .add("contactName", "A")
                .add("channel", "x")
                .add("content", "y"),
            "Accept-Language",
            "en");
    assertEquals(400, noKind.statusCode(), noKind.body());
    assertEquals(
        "kind", Http.json(noKind).getJsonArray("errors").getJsonObject(0).getString("field"));

    HttpResponse<String> noChannel =
        d.open(
            "clerk",
            Json.createObjectBuilder()
                .add("kind", "INQUIRY")
                .add("contactName", "A")
                .add("content", "y"),
            "Accept-Language",
            "zh-CN");
    assertEquals(400, noChannel.statusCode());
    assertEquals("请注明渠道：平台或其他渠道。", Http.json(noChannel).getString("detail"));

    HttpResponse<String> scriptOnly =
        d.open(
            "clerk", ticket("INQUIRY", "<script>alert(1)</script>", null), "Accept-Language", "en");
    assertEquals(400, scriptOnly.statusCode());
    assertEquals(
        "content",
        Http.json(scriptOnly).getJsonArray("errors").getJsonObject(0).getString("field"));

    HttpResponse<String> future =
        d.open(
            "clerk", ticket("INQUIRY", "Hi", Instant.now().plus(Duration.ofHours(1)).toString()));
    assertEquals(400, future.statusCode());
    assertEquals(400, d.open("clerk", ticket("INQUIRY", "Hi", "yesterday")).statusCode());
    assertEquals(
        400,
        d.open("clerk", ticket("INQUIRY", "Hi", null).add("platformId", 987_654_321L))
            .statusCode());

    long platform = d.co.platform("WECHAT", "Service account", "manager1");
    JsonObject onPlatform =
        d.opened(
            "clerk",
            Json.createObjectBuilder()
                .add("kind", "INQUIRY")
                .add("contactName", "Mr Li")
                .add("platformId", platform)
                .add("content", "Hi"));
    assertEquals("Service account", summary(onPlatform).getString("channel"));
    assertEquals(403, d.open("reviewer1", ticket("INQUIRY", "Hi", null)).statusCode());
    assertEquals("1", d.one("SELECT count(*) FROM online_ticket WHERE tenant_id = ?", d.co.tenant));
  }

  @Test
  void slaComplianceAndSatisfactionReachTheKpiEngine() throws Exception {
    OnlineTicketsData d = new OnlineTicketsData(base.toURI(), "otk-kpi");
    long clerk = d.co.userId("clerk");
    long clerk2 = d.co.userId("clerk2");

    // October: the clerk answers two of three messages in time; clerk2 never answers one.
    long a =
        id(
            d.opened(
                "clerk",
                ticket("INQUIRY", "a", "2026-10-12T10:00:00+08:00").add("assigneeId", clerk)));
    long b =
        id(
            d.opened(
                "clerk",
                ticket("INQUIRY", "b", "2026-10-13T10:00:00+08:00").add("assigneeId", clerk)));
    long c =
        id(
            d.opened(
                "clerk",
                ticket("INQUIRY", "c", "2026-10-14T10:00:00+08:00").add("assigneeId", clerk)));
    d.opened(
        "clerk", ticket("INQUIRY", "d", "2026-10-15T10:00:00+08:00").add("assigneeId", clerk2));
    for (long id : new long[] {a, b, c}) {
      d.ok("clerk", id, "replies", Json.createObjectBuilder().add("content", "Answered"));
    }
    // History the test is not about: a and b were answered an hour after they came in.
    d.co.execute(
        "UPDATE online_ticket_message SET replied_at = at + interval '1 hour'"
            + " WHERE tenant_id = ? AND direction = 'CUSTOMER' AND ticket_id IN (?, ?)",
        d.co.tenant,
        a,
        b);

    Map<String, BigDecimal> sla = d.kpi("online.reply-sla-compliance", "2026-10");
    assertEquals(3, sla.size(), sla.toString());
    assertEquals(
        0,
        new BigDecimal("0.6667").compareTo(sla.get("staff:" + d.staff("clerk"))),
        sla.toString());
    assertEquals(
        0, BigDecimal.ZERO.compareTo(sla.get("staff:" + d.staff("clerk2"))), sla.toString());
    assertEquals(0, new BigDecimal("0.5").compareTo(sla.get("tenant")), sla.toString());
    assertTrue(d.kpi("online.reply-sla-compliance", "2026-09").isEmpty());

    // Callbacks this month: 4 and 5 for the clerk's complaints, 3 for clerk2's.
    complaint(d, clerk, 4);
    complaint(d, clerk, 5);
    complaint(d, clerk2, 3);
    String month = YearMonth.now(SHANGHAI).toString();
    Map<String, BigDecimal> satisfaction = d.kpi("online.satisfaction", month);
    assertEquals(0, new BigDecimal("4.5").compareTo(satisfaction.get("staff:" + d.staff("clerk"))));
    assertEquals(0, new BigDecimal("3").compareTo(satisfaction.get("staff:" + d.staff("clerk2"))));
    assertEquals(
        0, new BigDecimal("4").compareTo(satisfaction.get("tenant")), satisfaction.toString());
  }

  private static void complaint(OnlineTicketsData d, long assignee, int score) {
    long id =
        id(
            d.opened(
                "clerk", ticket("COMPLAINT", "Late delivery", null).add("assigneeId", assignee)));
    d.ok(
        "manager1",
        id,
        "handover",
        Json.createObjectBuilder().add("departmentId", d.co.org.departmentId));
    d.ok(
        "clerk",
        id,
        "result",
        Json.createObjectBuilder().add("result", "Sorry, a voucher is on its way."));
    d.ok("clerk", id, "callback", Json.createObjectBuilder().add("score", score));
  }

  @Test
  void anotherTenantsTicketsAreOutOfReach() throws Exception {
    OnlineTicketsData a = new OnlineTicketsData(base.toURI(), "otk-iso-a");
    OnlineTicketsData b = new OnlineTicketsData(base.toURI(), "otk-iso-b");
    long id =
        id(a.opened("clerk", ticket("COMPLAINT", "Secret complaint", "2026-10-01T10:00:00+08:00")));

    assertEquals(404, Http.get(b.co.api("tickets/" + id), b.co.as("manager1")).statusCode());
    for (String action :
        List.of("replies", "messages", "notes", "result", "callback", "review", "close")) {
      HttpResponse<String> r =
          b.post(
              "manager1",
              id,
              action,
              Json.createObjectBuilder().add("content", "x").add("score", 3));
      assertEquals(404, r.statusCode(), action + ": " + r.body());
    }
    assertEquals(
        404,
        b.post(
                "manager1",
                id,
                "handover",
                Json.createObjectBuilder().add("departmentId", b.co.org.departmentId))
            .statusCode());
    assertEquals(
        404,
        b.post(
                "manager1",
                id,
                "assignment",
                Json.createObjectBuilder().add("assigneeId", b.co.userId("clerk")))
            .statusCode());
    HttpResponse<String> list = Http.get(b.co.api("tickets"), b.co.as("manager1"));
    assertEquals("0", list.headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals(run(0, 0), b.runAlerts(null));
    // A's ticket can neither be handed to B's department nor given to B's people.
    assertEquals(
        400,
        a.post(
                "manager1",
                id,
                "handover",
                Json.createObjectBuilder().add("departmentId", b.co.org.departmentId))
            .statusCode());
    assertEquals(
        400,
        a.post(
                "manager1",
                id,
                "assignment",
                Json.createObjectBuilder().add("assigneeId", b.co.userId("clerk")))
            .statusCode());

    assertEquals(
        "OPEN|1|0",
        a.one(
            "SELECT t.status || '|' || (SELECT count(*) FROM online_ticket_message m"
                + " WHERE m.tenant_id = t.tenant_id AND m.ticket_id = t.id) || '|'"
                + " || (SELECT count(*) FROM online_ticket_alert x WHERE x.tenant_id = t.tenant_id)"
                + " FROM online_ticket t WHERE t.tenant_id = ? AND t.id = ?",
            a.co.tenant,
            id));
    assertEquals("0", b.one("SELECT count(*) FROM online_ticket WHERE tenant_id = ?", b.co.tenant));

    // The page: B's manager opening A's ticket gets 404.
    String[] page =
        Http.pageSession(
            base.toURI(), b.co.tenant, b.co.org.person("manager1").email(), ApprovalOrg.PASSWORD);
    assertEquals(
        404,
        Http.get(
                base.toURI().resolve("t/" + b.co.tenant + "/online-ops/ticket.xhtml?id=" + id),
                page)
            .statusCode());
    assertEquals(
        200,
        Http.get(base.toURI().resolve("t/" + b.co.tenant + "/online-ops/tickets.xhtml"), page)
            .statusCode());
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static JsonObject runAt(OnlineTicketsData d, Instant at) {
    return d.runAlerts(at == null ? null : at.toString());
  }

  private static JsonObject run(int reminded, int escalated) {
    return Json.createObjectBuilder().add("reminded", reminded).add("escalated", escalated).build();
  }
}
