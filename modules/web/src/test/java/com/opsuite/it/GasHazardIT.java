package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hazards to rectification: a notice for the open hazards of an inspection opens one re-inspection
 * task for the inspector, due on the deadline; re-inspections close the hazards and then the task;
 * a re-inspection done through the inspection API closes the items that now pass; an overdue notice
 * is escalated once however often the job runs; the notice downloads as a PDF; and another tenant's
 * hazards, notices and tasks are out of reach.
 */
@ExtendWith(ArquillianExtension.class)
class GasHazardIT {

  @ArquillianResource URL base;

  /** A utility with a supervisor, an inspector and one inspected household. */
  private record Site(GasCompany co, GasFollowUp fx, long area, long customer, long inspection) {}

  private Site site(String prefix) throws Exception {
    GasCompany co = new GasCompany(base.toURI(), prefix);
    co.user("sup", "inspection-supervisor");
    GasCompany.Person insp = co.user("insp", "inspector");
    long area = co.area("A1", "North");
    co.inspector(insp, "B-" + prefix, area);
    long customer = co.household("C-" + prefix, area, "1 Gas Road, Room 101");
    GasFollowUp fx = new GasFollowUp(co);
    return new Site(co, fx, area, customer, fx.inspection(customer, insp.userId(), "B-" + prefix));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private static HttpResponse<String> notice(Site s, long inspection, LocalDate deadline) {
    return Http.post(
        s.co().api("hazards/notices"),
        Json.createObjectBuilder()
            .add("inspectionId", inspection)
            .add("deadlineOn", deadline.toString())
            .build()
            .toString(),
        s.co().as("sup", "Accept-Language", "en"));
  }

  private static HttpResponse<String> reinspect(Site s, long hazard, boolean rectified) {
    return Http.post(
        s.co().api("hazards/" + hazard + "/reinspection"),
        Json.createObjectBuilder()
            .add("rectified", rectified)
            .add("note", "checked")
            .build()
            .toString(),
        s.co().as("insp"));
  }

  @Test
  void aNoticeOpensOneReinspectionTaskThatClosesWithTheLastRectifiedHazard() throws Exception {
    Site s = site("ghaz-flow");
    long hose = s.fx().hazard(s.inspection(), s.customer(), "hose", "Hose 2.5 m long");
    long leak = s.fx().hazard(s.inspection(), s.customer(), "leak-test", null);
    LocalDate deadline = today().plusDays(7);

    HttpResponse<String> refused = notice(s, s.inspection(), today());
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject problem = Http.json(refused);
    assertEquals("deadlineOn", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(
        problem.getString("detail").startsWith("The deadline must be after today"),
        problem.getString("detail"));
    assertEquals(
        "OPEN", s.fx().one("SELECT status FROM gas_hazard WHERE tenant_id = ? AND id = ?", hose));

    HttpResponse<String> issued = notice(s, s.inspection(), deadline);
    assertEquals(201, issued.statusCode(), issued.body());
    JsonObject n = Http.json(issued);
    String noticeNo = n.getString("noticeNo");
    assertEquals(deadline.toString(), n.getString("deadlineOn"));
    assertEquals("1 Gas Road, Room 101", n.getString("address"));
    assertEquals("insp", n.getString("inspectorName"));
    assertEquals(
        List.of("Hose within length and undamaged", "Gas leak test passed"),
        n.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getString("label"))
            .toList());

    long task = n.getJsonNumber("reinspectionTaskId").longValue();
    assertEquals(
        "REINSPECTION|OPEN|" + deadline + "|" + s.co().person("insp").userId(),
        s.fx()
            .one(
                "SELECT kind || '|' || status || '|' || due_on || '|' || assignee_id FROM gas_task"
                    + " WHERE tenant_id = ? AND source_ref = ?",
                "hazard:" + hose));
    assertEquals(
        String.valueOf(task),
        s.fx()
            .one(
                "SELECT DISTINCT reinspection_task_id FROM gas_hazard WHERE tenant_id = ?"
                    + " AND notice_no = ?",
                noticeNo));

    HttpResponse<String> again = notice(s, s.inspection(), deadline);
    assertEquals(409, again.statusCode(), again.body());

    JsonObject chinese =
        Http.json(
            Http.get(
                s.co().api("hazards/notices/" + noticeNo),
                s.co().as("insp", "Accept-Language", "zh-CN")));
    assertEquals("胶管未超长且完好", chinese.getJsonArray("items").getJsonObject(0).getString("label"));

    HttpResponse<String> first = reinspect(s, hose, true);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("CLOSED", Http.json(first).getString("status"));
    assertEquals(
        "OPEN", s.fx().one("SELECT status FROM gas_task WHERE tenant_id = ? AND id = ?", task));

    HttpResponse<String> notYet = reinspect(s, leak, false);
    assertEquals("REINSPECTION", Http.json(notYet).getString("status"));
    assertEquals(
        "OPEN", s.fx().one("SELECT status FROM gas_task WHERE tenant_id = ? AND id = ?", task));

    JsonObject leakNow = Http.json(Http.get(s.co().api("hazards/" + leak), s.co().as("sup")));
    HttpResponse<String> stale =
        Http.post(
            s.co().api("hazards/" + leak + "/close"),
            Json.createObjectBuilder()
                .add("note", "Photo of the new valve")
                .add("version", leakNow.getJsonNumber("version").longValue() - 1)
                .build()
                .toString(),
            s.co().as("sup", "Accept-Language", "en"));
    assertEquals(409, stale.statusCode(), stale.body());

    HttpResponse<String> closed = reinspect(s, leak, true);
    assertEquals("CLOSED", Http.json(closed).getString("status"));
    assertEquals(
        "DONE", s.fx().one("SELECT status FROM gas_task WHERE tenant_id = ? AND id = ?", task));
    assertEquals(409, reinspect(s, leak, true).statusCode());
  }

  /**
   * The re-inspection done on the phone, through the same inspection API as any visit: the notice's
   * items that pass close (who, when, by which re-inspection), one still failing stays waiting on
   * the notice with the task open, a new failure becomes a new hazard; the next visit from the same
   * task closes the rest, and with it the task and the notice.
   */
  @Test
  void aReinspectionOnThePhoneClosesTheNoticeItemsThatNowPass() throws Exception {
    Site s = site("ghaz-phone");
    long hose = s.fx().hazard(s.inspection(), s.customer(), "hose", "Hose 2.5 m long");
    long leak = s.fx().hazard(s.inspection(), s.customer(), "leak-test", "Smell at the valve");
    JsonObject n = Http.json(notice(s, s.inspection(), today().plusDays(7)));
    String noticeNo = n.getString("noticeNo");
    long task = n.getJsonNumber("reinspectionTaskId").longValue();
    GasField phone = new GasField(s.co(), s.area());
    String email = s.co().person("insp").email();

    // First visit: the hose is replaced, the leak is still there, and the stove pressure is low.
    long first = visit(phone, task, "leak-test", "stove-pressure");
    assertEquals(
        "CLOSED|" + email + "|" + first + "|true",
        s.fx()
            .one(
                "SELECT status || '|' || closed_by || '|' || closed_by_inspection_id || '|'"
                    + " || (closed_at IS NOT NULL) FROM gas_hazard WHERE tenant_id = ? AND id = ?",
                hose));
    assertEquals(
        "REINSPECTION",
        s.fx().one("SELECT status FROM gas_hazard WHERE tenant_id = ? AND id = ?", leak));
    assertEquals(
        "OPEN", s.fx().one("SELECT status FROM gas_task WHERE tenant_id = ? AND id = ?", task));
    assertEquals(
        List.of("stove-pressure|OPEN"),
        s.fx()
            .column(
                "SELECT item_code || '|' || status FROM gas_hazard WHERE tenant_id = ?"
                    + " AND inspection_id = ?",
                first),
        "the new failure is a new hazard; the leak stays on its notice, not a second hazard");
    JsonObject open =
        Http.json(Http.get(s.co().api("hazards/notices/" + noticeNo), s.co().as("insp")));
    assertFalse(open.getBoolean("closed"));
    JsonObject hoseNow = Http.json(Http.get(s.co().api("hazards/" + hose), s.co().as("sup")));
    assertEquals(email, hoseNow.getString("closedBy"));
    assertEquals(first, hoseNow.getJsonNumber("closedByInspectionId").longValue());

    // The task stays on the inspector's list; the next visit finds the leak fixed.
    long second = visit(phone, task);
    assertEquals(
        "CLOSED|" + second,
        s.fx()
            .one(
                "SELECT status || '|' || closed_by_inspection_id FROM gas_hazard"
                    + " WHERE tenant_id = ? AND id = ?",
                leak));
    assertEquals(
        "DONE", s.fx().one("SELECT status FROM gas_task WHERE tenant_id = ? AND id = ?", task));
    JsonObject closed =
        Http.json(Http.get(s.co().api("hazards/notices/" + noticeNo), s.co().as("insp")));
    assertTrue(closed.getBoolean("closed"), closed.toString());
    assertNotNull(closed.getString("closedAt"));
    assertEquals(
        "2",
        s.fx()
            .one(
                "SELECT count(*) FROM audit_event WHERE tenant_id = ?"
                    + " AND action = 'gas.hazard.rectified' AND actor = ?",
                email));
  }

  /**
   * The customer's gas use certificate is written by the work itself: a passed planned inspection
   * adds its line once (a hand-typed second line for it is refused), a failed one adds none, and
   * the rectification of its notice adds one repair line when its last item closes, whether by a
   * re-inspection or by hand.
   */
  @Test
  void aPassedAnnualInspectionAndAFinishedRectificationWriteTheCertificateOnce() throws Exception {
    Site s = site("ghaz-cert");
    GasField phone = new GasField(s.co(), s.area());
    long insp = s.co().person("insp").userId();
    long planned =
        s.co().task("PLANNED_INSPECTION", s.customer(), s.area(), insp, today(), "plan:t:1");
    long passed = visit(phone, planned);
    String byHand =
        Json.createObjectBuilder()
            .add("kind", "INSPECTION")
            .add("result", "Passed")
            .add("inspectionId", passed)
            .build()
            .toString();
    HttpResponse<String> twice =
        Http.post(
            s.co().api("certificates/" + s.customer() + "/entries"),
            byHand,
            s.co().as("insp", "Accept-Language", "en"));
    assertEquals(409, twice.statusCode(), twice.body());
    assertTrue(twice.body().contains("has its line on the certificate already"), twice.body());

    // The next round finds a cracked hose and a leak: no line, but a notice.
    long round2 =
        s.co().task("PLANNED_INSPECTION", s.customer(), s.area(), insp, today(), "plan:t:2");
    long failed = visit(phone, round2, "hose", "leak-test");
    JsonObject n = Http.json(notice(s, failed, today().plusDays(7)));
    String noticeNo = n.getString("noticeNo");
    List<Long> hazards =
        n.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getJsonNumber("hazardId").longValue())
            .toList();
    assertEquals(
        200,
        Http.post(
                s.co().api("hazards/" + hazards.get(0) + "/close"),
                "{\"note\":\"Photo of the new hose\"}",
                s.co().as("sup"))
            .statusCode());
    assertEquals(1, entries(s).size(), "half a rectification is no repair yet");
    long reinspected = visit(phone, n.getJsonNumber("reinspectionTaskId").longValue());

    List<String> lines = entries(s);
    assertEquals(
        List.of(
            "INSPECTION|年度安全检查合格|insp|" + passed,
            "REPAIR|隐患整改完毕：胶管未超长且完好、燃气泄漏检测合格（整改通知书 " + noticeNo + "）|insp|" + reinspected),
        lines);
    assertEquals(
        List.of("inspection:" + passed, "notice:" + noticeNo),
        s.fx()
            .column(
                "SELECT source_ref FROM gas_certificate_entry WHERE tenant_id = ?"
                    + " AND customer_id = ? ORDER BY id",
                s.customer()));
  }

  /** The certificate's lines: kind, result, who, inspection. */
  private static List<String> entries(Site s) {
    return Http.json(Http.get(s.co().api("certificates/" + s.customer()), s.co().as("sup")))
        .getJsonArray("entries")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(
            e ->
                e.getString("kind")
                    + "|"
                    + e.getString("result")
                    + "|"
                    + e.getString("performedByName")
                    + "|"
                    + (e.isNull("inspectionId") ? "-" : e.getJsonNumber("inspectionId")))
        .toList();
  }

  /**
   * The inspector starts the task's inspection, answers every item (the given ones fail, each with
   * its photo), has the customer sign and completes it: the inspection's id.
   */
  private static long visit(GasField phone, long task, String... failing) {
    HttpResponse<String> started = phone.start("insp", task);
    assertEquals(201, started.statusCode(), started.body());
    long id = GasField.id(started);
    HttpResponse<String> saved =
        phone.save("insp", id, GasField.version(started), GasField.allPassExcept(failing));
    assertEquals(200, saved.statusCode(), saved.body());
    for (String item : failing) {
      assertEquals(201, phone.photo("insp", id, item, GasField.jpeg(), "image/jpeg").statusCode());
    }
    assertEquals(201, phone.signature("insp", id, GasField.png()).statusCode());
    HttpResponse<String> done = phone.complete("insp", id);
    assertEquals(200, done.statusCode(), done.body());
    return id;
  }

  @Test
  void anOverdueNoticeIsEscalatedOnceHoweverOftenTheJobRuns() throws Exception {
    Site s = site("ghaz-late");
    long hazard = s.fx().hazard(s.inspection(), s.customer(), "pipe-rust", "Rust at the riser");
    String noticeNo =
        Http.json(notice(s, s.inspection(), today().plusDays(3))).getString("noticeNo");
    // Time passes: the deadline was yesterday.
    s.co()
        .execute(
            "UPDATE gas_hazard SET deadline_on = ? WHERE tenant_id = ? AND id = ?",
            java.sql.Date.valueOf(today().minusDays(1)),
            s.co().tenant,
            hazard);

    HttpResponse<String> forbidden =
        Http.post(s.co().api("hazards/escalations"), "{}", s.co().as("insp"));
    assertEquals(403, forbidden.statusCode(), forbidden.body());

    List<Long> overdue =
        Http.jsonArray(Http.get(s.co().api("hazards?overdue=true"), s.co().as("sup")))
            .getValuesAs(JsonObject.class)
            .stream()
            .map(h -> h.getJsonNumber("id").longValue())
            .toList();
    assertEquals(List.of(hazard), overdue);

    HttpResponse<String> run = Http.post(s.co().api("hazards/escalations"), "{}", s.co().as("sup"));
    assertEquals(200, run.statusCode(), run.body());
    assertEquals(1, Http.json(run).getInt("escalated"));
    HttpResponse<String> rerun =
        Http.post(s.co().api("hazards/escalations"), "{}", s.co().as("sup"));
    assertEquals(0, Http.json(rerun).getInt("escalated"));

    JsonObject h = Http.json(Http.get(s.co().api("hazards/" + hazard), s.co().as("sup")));
    assertEquals("ESCALATED", h.getString("status"));
    assertNotNull(h.getString("escalatedAt"));
    assertEquals(noticeNo, h.getString("noticeNo"));
    assertEquals(
        "1",
        s.fx()
            .one(
                "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action = 'gas.hazard.escalated'"
                    + " AND target = ?",
                "hazard:" + hazard));
    assertEquals(
        1,
        Http.jsonArray(Http.get(s.co().api("hazards?status=ESCALATED"), s.co().as("sup"))).size());

    // A late rectification still closes an escalated hazard.
    assertEquals("CLOSED", Http.json(reinspect(s, hazard, true)).getString("status"));
  }

  @Test
  void theNoticeDownloadsAsAPdfCarryingItsNumber() throws Exception {
    Site s = site("ghaz-pdf");
    s.fx().hazard(s.inspection(), s.customer(), "seal-intact", "Seal cut");
    String noticeNo =
        Http.json(notice(s, s.inspection(), today().plusDays(5))).getString("noticeNo");

    for (String language : List.of("zh-CN", "en")) {
      HttpResponse<byte[]> pdf =
          s.fx()
              .getBytes(
                  s.fx().login("insp"),
                  s.co().api("hazards/notices/" + noticeNo + "/pdf"),
                  "Accept-Language",
                  language);
      assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
      assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
      assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
      PdfReader reader = new PdfReader(pdf.body());
      try {
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains(noticeNo), language + ": " + text);
        assertTrue(reader.getInfo().get("Title").contains(noticeNo));
        if (language.equals("zh-CN")) {
          assertTrue(text.contains("整改通知书"), text);
        } else {
          assertTrue(text.contains("Rectification Notice"), text);
        }
      } finally {
        reader.close();
      }
    }
  }

  @Test
  void anotherTenantsHazardsNoticesAndTasksAreOutOfReach() throws Exception {
    Site a = site("ghaz-iso-a");
    Site b = site("ghaz-iso-b");
    long mine = a.fx().hazard(a.inspection(), a.customer(), "hose", null);
    long theirs = b.fx().hazard(b.inspection(), b.customer(), "hose", "B's hose");
    String theirNotice =
        Http.json(notice(b, b.inspection(), today().plusDays(2))).getString("noticeNo");
    b.co()
        .execute(
            "UPDATE gas_hazard SET deadline_on = ? WHERE tenant_id = ? AND id = ?",
            java.sql.Date.valueOf(today().minusDays(1)),
            b.co().tenant,
            theirs);

    assertEquals(404, Http.get(a.co().api("hazards/" + theirs), a.co().as("sup")).statusCode());
    assertEquals(404, notice(a, b.inspection(), today().plusDays(2)).statusCode());
    assertEquals(
        404, Http.get(a.co().api("hazards/notices/" + theirNotice), a.co().as("sup")).statusCode());
    assertEquals(
        404,
        a.fx()
            .getBytes(a.fx().login("sup"), a.co().api("hazards/notices/" + theirNotice + "/pdf"))
            .statusCode());
    assertEquals(404, reinspect(a, theirs, true).statusCode());
    assertEquals(
        404,
        Http.post(a.co().api("hazards/" + theirs + "/close"), "{\"note\":\"x\"}", a.co().as("sup"))
            .statusCode());
    List<Long> listed =
        Http.jsonArray(Http.get(a.co().api("hazards"), a.co().as("sup")))
            .getValuesAs(JsonObject.class)
            .stream()
            .map(h -> h.getJsonNumber("id").longValue())
            .toList();
    assertEquals(List.of(mine), listed);

    // Tenant A's escalation run touches nothing of tenant B's.
    assertEquals(
        0,
        Http.json(Http.post(a.co().api("hazards/escalations"), "{}", a.co().as("sup")))
            .getInt("escalated"));
    assertEquals(
        "NOTICE_ISSUED",
        b.fx().one("SELECT status FROM gas_hazard WHERE tenant_id = ? AND id = ?", theirs));
    assertFalse(
        Http.get(a.co().api("hazards/" + theirs), a.co().as("sup")).body().contains("B's hose"));
  }
}
