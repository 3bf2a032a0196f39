package com.opsuite.it;

import static com.opsuite.it.ApprovalOrg.approvers;
import static com.opsuite.it.ApprovalOrg.id;
import static com.opsuite.it.ApprovalOrg.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.approval.ApprovalDeadlines;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines of approval steps: the deadline timer (every 5 s in these tests) reminds and escalates
 * an overdue step exactly once, telling the approvers and the managers it escalated to (in the
 * product and by mail), and its claim lets only one of two nodes have a step. Due times across
 * weekends, public holidays and make-up days are computed by a pure function, tested in core's
 * {@code StepDueTest}; here the step is made overdue by moving its due time into the past.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalDeadlinesIT {

  private static final String APP = "opsuite_app";
  private static final Duration TIMER_WAIT = Duration.ofSeconds(30);

  static Mailbox mail;

  @ArquillianResource URL base;

  @BeforeAll
  static void startMailServer() {
    mail = Mailbox.start();
  }

  @AfterAll
  static void stopMailServer() {
    mail.close();
  }

  @Test
  void anOverdueStepIsRemindedAndEscalatedOnce() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-due");
    JsonObject claim = org.claim("clerk", "EC-D1", 100);
    long first = id(claim);
    JsonObject step = claim.getJsonArray("steps").getJsonObject(0);
    assertEquals(16, step.getInt("deadlineHours"));
    assertTrue(
        Instant.parse(step.getString("dueAt")).isAfter(Instant.now()),
        "due in 16 working hours: " + step);

    overdue(org.tenant, first);
    JsonObject reminded = waitFor(org, "clerk", first, "REMINDED");
    assertEquals(List.of("SUBMIT", "REMINDED", "ESCALATED"), actions(reminded));
    JsonObject line = reminded.getJsonArray("history").getJsonObject(1);
    assertEquals("system", line.getString("actor"));
    assertEquals("Reminded: the step passed its deadline", line.getString("label"));
    assertEquals(1, line.getInt("stepNo"));
    assertEquals(
        "head,manager1,manager2",
        approvers(reminded, 1),
        "the managers' manager (the department head) is added to the step");
    assertTold(org, "manager1", first, "REMINDED", "已超过办理时限，仍待您审批：Claim EC-D1");
    assertTold(org, "manager2", first, "REMINDED", "已超过办理时限，仍待您审批：Claim EC-D1");
    assertTold(org, "head", first, "ESCALATED", "已超时，升级由您审批：Claim EC-D1");

    // A later run of the timer (seen handling a second overdue approval) leaves the first alone.
    long second = id(org.claim("clerk2", "EC-D2", 100));
    overdue(org.tenant, second);
    waitFor(org, "clerk2", second, "REMINDED");
    assertEquals(
        List.of("SUBMIT", "REMINDED", "ESCALATED"), actions(org.get("clerk", first)), "once");
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("1"),
          TestDatabase.strings(
              admin,
              "SELECT count(*)::text FROM audit_event WHERE tenant_id = ? AND action ="
                  + " 'approval.reminded' AND target LIKE ?",
              org.tenant,
              "approval:" + first + " %"));
    }

    // The department head, asked by the escalation, decides the step.
    assertEquals("APPROVED", status(org.acted("head", first, "approve", "done late")));

    // Returned and resubmitted, a step has a new due time and is watched again.
    org.acted("manager1", second, "return", "Attach the receipt");
    JsonObject again = org.acted("clerk2", second, "resubmit", null);
    assertTrue(
        Instant.parse(again.getJsonArray("steps").getJsonObject(0).getString("dueAt"))
            .isAfter(Instant.now()));
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("true"),
          TestDatabase.strings(
              admin,
              "SELECT (reminded_at IS NULL AND escalated_at IS NULL)::text FROM approval_step"
                  + " WHERE tenant_id = ? AND approval_id::text = ? AND step_no = 1",
              org.tenant,
              Long.toString(second)));
    }
  }

  /**
   * A step's due time in the running product: 16 working hours (9:00–18:00) on the tenant's own
   * calendar. The approval starts on a day the tenant rests, so the clock starts at nine on the
   * next working day, a Friday: nine hours there, then the weekend, then a Monday the tenant marked
   * as a public holiday, then seven hours on Tuesday: due Tuesday at 16:00 in the tenant's zone.
   */
  @Test
  void aDeadlineCountsWorkingHoursAcrossAWeekendAndAPublicHoliday() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-cal");
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    LocalDate today = LocalDate.now(zone);
    LocalDate friday = today.plusDays(1);
    while (friday.getDayOfWeek() != DayOfWeek.FRIDAY
        || makeUpWorkday(org, friday.plusDays(1))
        || makeUpWorkday(org, friday.plusDays(2))) {
      friday = friday.plusDays(1);
    }
    for (LocalDate day = today; day.isBefore(friday); day = day.plusDays(1)) {
      mark(org, day, "REST", "公司休息日");
    }
    mark(org, friday, "WORKDAY", null);
    mark(org, friday.plusDays(3), "REST", "公共假日");
    mark(org, friday.plusDays(4), "WORKDAY", null);

    JsonObject claim = org.claim("clerk", "EC-CAL", 100);
    assertEquals(
        friday.plusDays(4).atTime(16, 0).atZone(zone).toInstant(),
        Instant.parse(claim.getJsonArray("steps").getJsonObject(0).getString("dueAt")),
        "Friday 9 h + Tuesday 7 h, skipping " + friday.plusDays(1) + " to " + friday.plusDays(3));
  }

  private static boolean makeUpWorkday(ApprovalOrg org, LocalDate day) {
    HttpResponse<String> year =
        Http.get(org.api("calendar/" + day.getYear()), Http.asTenant(org.tenant));
    assertEquals(200, year.statusCode(), year.body());
    return Http.json(year).getJsonArray("makeUpWorkdays").toString().contains(day.toString());
  }

  private static void mark(ApprovalOrg org, LocalDate day, String kind, String note) {
    HttpResponse<String> response =
        Http.put(
            org.api("calendar/days/" + day),
            "{\"kind\":\"" + kind + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}",
            Http.asTenant(org.tenant));
    assertEquals(200, response.statusCode(), day + ": " + response.body());
  }

  /**
   * In an "all of N" step, the manager an escalation adds decides in place of the approvers who are
   * late, not as one more approver: the step still needs N approvals, whoever gives them.
   */
  @Test
  void anEscalatedManagerStandsInForTheLateApproversOfAnAllStep() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-all");
    HttpResponse<String> saved =
        org.saveChain(
            "core.expense-claim",
            "{\"steps\":[{\"key\":\"review\",\"kind\":\"ALL\",\"route\":\"POSITION\","
                + "\"positionId\":"
                + org.reviewerPosition
                + ",\"deadlineHours\":8}]}",
            "en");
    assertEquals(200, saved.statusCode(), saved.body());
    long byHead = id(org.claim("clerk", "EC-A1", 100));
    long byReviewers = id(org.claim("clerk2", "EC-A2", 100));
    org.acted("reviewer1", byHead, "approve", null);
    overdue(org.tenant, byHead);
    overdue(org.tenant, byReviewers);
    JsonObject escalated = waitFor(org, "clerk", byHead, "ESCALATED");
    waitFor(org, "clerk2", byReviewers, "ESCALATED");
    assertEquals("head,reviewer1,reviewer2,reviewer3", approvers(escalated, 1));
    JsonObject head =
        escalated.getJsonArray("steps").getJsonObject(0).getJsonArray("approvers").stream()
            .map(JsonObject.class::cast)
            .filter(a -> a.getString("name").equals("head"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("reviewer2", "reviewer3"),
        head.getJsonArray("inPlaceOf").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());

    // Late, reviewer2 still decides; the head decides for reviewer3, and that is the last vote.
    assertEquals("PENDING", status(org.acted("reviewer2", byHead, "approve", null)));
    JsonObject done = org.acted("head", byHead, "approve", "for reviewer3");
    assertEquals("APPROVED", status(done));
    JsonObject last =
        done.getJsonArray("history").getJsonObject(done.getJsonArray("history").size() - 1);
    assertEquals("head", last.getString("actor"));
    assertEquals("reviewer3", last.getString("onBehalfOf"));

    // All three reviewers approving late finish the step: the head's vote is not needed.
    org.acted("reviewer1", byReviewers, "approve", null);
    org.acted("reviewer2", byReviewers, "approve", null);
    assertEquals("APPROVED", status(org.acted("reviewer3", byReviewers, "approve", null)));
    HttpResponse<String> inbox =
        Http.get(org.api("approvals/inbox?box=pending"), org.as("head", "Accept-Language", "en"));
    assertEquals(200, inbox.statusCode(), inbox.body());
    assertTrue(
        Http.json(inbox).getJsonArray("items").isEmpty(),
        "nothing left for the head: " + inbox.body());
  }

  /**
   * A second application instance, simulated: two connections as the application's role run the
   * timer's claim for the same tenant at once. The step is due in the future, so the deployment's
   * own timer leaves it alone; the claim is run with a "now" a month ahead.
   */
  @Test
  void ofTwoNodesClaimingAtOnceOnlyOneGetsTheStep() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-2node");
    org.claim("clerk", "EC-N1", 100);
    Instant later = Instant.now().plus(Duration.ofDays(31));

    try (Connection node1 = app(org.tenant);
        Connection node2 = app(org.tenant)) {
      List<Long> one = claim(node1, org.tenant, later);
      assertEquals(1, one.size(), "node 1 claims the step");
      assertEquals(List.of(), claim(node2, org.tenant, later), "locked rows are skipped");
      stamp(node1, org.tenant, one.get(0), later);
      node1.commit();
      node2.commit();
      assertEquals(List.of(), claim(node2, org.tenant, later), "a stamped step is done");
      node2.commit();
    }

    // A real race: both claim, stamp and commit from two threads released at once.
    long racing = id(org.claim("clerk2", "EC-N2", 100));
    for (int round = 0; round < 5; round++) {
      if (round > 0) {
        unstamp(org.tenant, racing);
      }
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> nodes = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
          nodes.add(
              pool.submit(
                  () -> {
                    try (Connection c = app(org.tenant)) {
                      go.await();
                      List<Long> mine = claim(c, org.tenant, later);
                      for (long stepId : mine) {
                        stamp(c, org.tenant, stepId, later);
                      }
                      c.commit();
                      return mine.size();
                    }
                  }));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> node : nodes) {
          total += node.get(30, TimeUnit.SECONDS);
        }
        assertEquals(1, total, "round " + round + ": exactly one node claims the step");
      } finally {
        pool.shutdownNow();
      }
    }
  }

  // --- helpers ---

  /**
   * The user's newest notification is of this kind about the approval, and a mail (the tenant's
   * Chinese) said the same. The timer works without a request, so without a configured public
   * address the mail says where to look instead of linking.
   */
  private static void assertTold(
      ApprovalOrg org, String who, long approvalId, String kind, String text) throws Exception {
    HttpResponse<String> response = Http.get(org.api("notifications"), org.as(who));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject newest = Http.json(response).getJsonArray("items").getJsonObject(0);
    assertEquals(kind, newest.getString("kind"), who + ": " + newest);
    assertEquals(approvalId, newest.getJsonNumber("approvalId").longValue());
    assertTrue(newest.getString("text").startsWith(text), newest.getString("text"));
    List<String> subjects = new ArrayList<>();
    MimeMessage told = null;
    Instant until = Instant.now().plusSeconds(20);
    while (told == null && Instant.now().isBefore(until)) {
      subjects.clear();
      for (MimeMessage m : mail.to(org.person(who).email())) {
        subjects.add(m.getSubject());
        if (m.getSubject().contains(text)) {
          told = m;
        }
      }
      Thread.sleep(told == null ? 250 : 0);
    }
    assertTrue(told != null, who + " got no mail saying " + text + ", only " + subjects);
    String body = Mailbox.body(told);
    assertTrue(body.contains("原定办理时限："), body);
    assertTrue(body.contains("请登录 Opsuite"), body);
  }

  private static Connection app(String tenant) throws SQLException {
    Connection c = TestDatabase.as(APP, APP);
    c.setAutoCommit(false);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
    return c;
  }

  private static String jdbc(String sql) {
    return sql.replaceAll("\\?\\d", "?");
  }

  private static List<Long> claim(Connection c, String tenant, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(jdbc(ApprovalDeadlines.CLAIM_SQL))) {
      ps.setString(1, tenant);
      ps.setTimestamp(2, Timestamp.from(now));
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    }
  }

  private static void stamp(Connection c, String tenant, long stepId, Instant now)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(jdbc(ApprovalDeadlines.STAMP_SQL))) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setTimestamp(2, Timestamp.from(now));
      ps.setString(3, tenant);
      ps.setLong(4, stepId);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static void unstamp(String tenant, long approvalId) throws SQLException {
    try (Connection admin = TestDatabase.asAdmin();
        PreparedStatement ps =
            admin.prepareStatement(
                "UPDATE approval_step SET reminded_at = NULL, escalated_at = NULL"
                    + " WHERE tenant_id = ? AND approval_id = ?")) {
      ps.setString(1, tenant);
      ps.setLong(2, approvalId);
      ps.executeUpdate();
    }
  }

  /** Moves the active step's due time a minute into the past, as if 16 working hours went by. */
  private static void overdue(String tenant, long approvalId) throws SQLException {
    try (Connection admin = TestDatabase.asAdmin();
        PreparedStatement ps =
            admin.prepareStatement(
                "UPDATE approval_step SET due_at = now() - interval '1 minute'"
                    + " WHERE tenant_id = ? AND approval_id = ? AND status = 'ACTIVE'")) {
      ps.setString(1, tenant);
      ps.setLong(2, approvalId);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static JsonObject waitFor(ApprovalOrg org, String who, long approvalId, String action)
      throws InterruptedException {
    Instant until = Instant.now().plus(TIMER_WAIT);
    while (true) {
      HttpResponse<String> response =
          Http.get(org.api("approvals/" + approvalId), org.as(who, "Accept-Language", "en"));
      assertEquals(200, response.statusCode(), response.body());
      JsonObject detail = Http.json(response);
      if (actions(detail).contains(action)) {
        return detail;
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("no " + action + " within " + TIMER_WAIT + ": " + detail);
      }
      Thread.sleep(2000);
    }
  }

  private static List<String> actions(JsonObject detail) {
    return detail.getJsonArray("history").getValuesAs(JsonObject.class).stream()
        .map(h -> h.getString("action"))
        .toList();
  }
}
