package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
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
 * The meeting schedule as tenant settings (the seed's weekly meeting on Mondays at 14:30 and the
 * monthly one on the 1st), moved to the next working day when that day is a holiday; the notice to
 * the participants (who read the packs) two hours before, once, with the link to the pack; the next
 * meetings on the meeting page and the pack the link opens.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineMeetingNoticesIT {

  @ArquillianResource URL base;

  private static OnlineCompany company(URL base, String prefix) throws Exception {
    OnlineCompany co = new OnlineCompany(base.toURI(), prefix);
    co.grant("manager1", "operations-manager");
    co.grant("clerk", "content-editor");
    return co;
  }

  private static List<String> schedule(OnlineCompany co, String at) {
    HttpResponse<String> r =
        Http.get(co.api("meetings/schedule?at=" + at.replace("+", "%2B")), co.as("manager1"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.jsonArray(r).getValuesAs(JsonObject.class).stream()
        .map(
            m ->
                m.getString("kind")
                    + " "
                    + m.getString("startsAt")
                    + " "
                    + m.getString("packPeriod"))
        .toList();
  }

  private static JsonArray run(OnlineCompany co, String at) {
    HttpResponse<String> r =
        Http.post(
            co.api("meetings/notices/run?at=" + at.replace("+", "%2B")), "", co.as("manager1"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.jsonArray(r);
  }

  @Test
  void theScheduleFollowsTheSettingsAndTheHolidays() throws Exception {
    OnlineCompany co = company(base, "omn-sched");
    // The seed's schedule on Monday 29 September 2025: the weekly meeting that afternoon; the
    // monthly one on 1 October falls in the National Day holiday (1 to 8 October): Thursday 9th.
    assertEquals(
        List.of("WEEKLY 2025-09-29T14:30+08:00 2025-W39", "MONTHLY 2025-10-09T14:30+08:00 2025-09"),
        schedule(co, "2025-09-29T10:00:00+08:00"));
    // Monday 6 October is a holiday too: that week's meeting is on Thursday 9th, on week 40.
    assertEquals(
        "WEEKLY 2025-10-09T14:30+08:00 2025-W40", schedule(co, "2025-09-29T15:00:00+08:00").get(0));

    // The tenant moves the weekly meeting to Tuesdays at 9:00 and the monthly to the 15th.
    HttpResponse<String> changed =
        Http.put(
            co.api("settings"),
            Json.createObjectBuilder()
                .add("weekly-meeting-day", "2")
                .add("weekly-meeting-hour", "9")
                .add("weekly-meeting-minute", "0")
                .add("monthly-meeting-day", "15")
                .build()
                .toString(),
            co.asAdmin());
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(
        List.of("WEEKLY 2025-09-30T09:00+08:00 2025-W39", "MONTHLY 2025-10-15T14:30+08:00 2025-09"),
        schedule(co, "2025-09-29T10:00:00+08:00"));
    HttpResponse<String> refused =
        Http.put(
            co.api("settings"),
            "{\"monthly-meeting-day\": \"31\"}",
            co.asAdmin("Accept-Language", "en"));
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(
        400, Http.get(co.api("meetings/schedule?at=next-monday"), co.as("manager1")).statusCode());
  }

  @Test
  void theParticipantsAreToldOnceTwoHoursBeforeWithTheLinkToThePack() throws Exception {
    OnlineCompany co = company(base, "omn-notice");
    String manager = co.org.person("manager1").email();
    try (Mailbox mail = Mailbox.start()) {
      // Two and a half hours before Monday's meeting: nothing yet; two hours before: the notice.
      assertEquals(0, run(co, "2025-09-29T12:00:00+08:00").size());
      JsonArray sent = run(co, "2025-09-29T12:30:00+08:00");
      assertEquals(1, sent.size(), sent.toString());
      JsonObject weekly = sent.getJsonObject(0);
      assertEquals("WEEKLY", weekly.getString("kind"));
      assertEquals("2025-W39", weekly.getString("packPeriod"));
      assertEquals("2025-09-29T06:30:00Z", weekly.getString("startsAt"));
      List<Long> to =
          weekly.getJsonArray("userIds").getValuesAs(JsonNumber.class).stream()
              .map(JsonNumber::longValue)
              .toList();
      assertTrue(to.contains(co.userId("manager1")), to.toString());
      assertFalse(to.contains(co.userId("clerk")), "an editor does not read the packs");

      // Once, however often it runs before the meeting.
      assertEquals(0, run(co, "2025-09-29T13:00:00+08:00").size());
      assertEquals(0, run(co, "2025-09-29T14:29:00+08:00").size());

      MimeMessage notice = mail.first(manager);
      String body = Mailbox.body(notice);
      assertTrue(notice.getSubject().contains("2025-09-29 14:30"), notice.getSubject());
      assertTrue(
          body.contains(
              "/t/" + co.tenant + "/online-ops/meetings.xhtml?kind=WEEKLY&period=2025-W39"),
          body);
      Thread.sleep(2000);
      assertEquals(1, mail.to(manager).size());
      assertEquals(0, mail.to(co.org.person("clerk").email()).size());

      // The monthly meeting moved to Thursday 9 October is announced that day at 12:30.
      JsonArray monthly = run(co, "2025-10-09T12:31:00+08:00");
      assertEquals(
          List.of("MONTHLY 2025-09", "WEEKLY 2025-W40"),
          monthly.getValuesAs(JsonObject.class).stream()
              .map(m -> m.getString("kind") + " " + m.getString("packPeriod"))
              .sorted()
              .toList());
      assertEquals(3, countNotices(co));

      // Only who runs the operations' timers runs it by hand.
      assertEquals(403, Http.post(co.api("meetings/notices/run"), "", co.as("clerk")).statusCode());
    }
  }

  @Test
  void theMeetingPageShowsTheNextMeetingsAndOpensThePackOfTheLink() throws Exception {
    OnlineCompany co = company(base, "omn-page");
    PageSession session =
        PageSession.signIn(
            co.root, co.tenant, co.org.person("manager1").email(), ApprovalOrg.PASSWORD);
    HttpResponse<String> page = session.get("t/" + co.tenant + "/online-ops/meetings.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("data-kind=\"WEEKLY\""), "the next weekly meeting is shown");
    assertTrue(page.body().contains("data-kind=\"MONTHLY\""), "the next monthly meeting is shown");

    HttpResponse<String> linked =
        session.get(
            "t/" + co.tenant + "/online-ops/meetings.xhtml?kind=MONTHLY&period=" + previousMonth());
    assertEquals(200, linked.statusCode());
    assertTrue(
        linked.body().contains("selected=\"selected\">" + previousMonth() + "<")
            || linked.body().contains("value=\"" + previousMonth() + "\" selected"),
        "the linked month is chosen");
  }

  private static String previousMonth() {
    return java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2).toString();
  }

  private static long countNotices(OnlineCompany co) throws Exception {
    try (var conn = TestDatabase.asAdmin();
        var st =
            conn.prepareStatement(
                "SELECT count(*) FROM online_meeting_notice WHERE tenant_id = ?")) {
      st.setString(1, co.tenant);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
