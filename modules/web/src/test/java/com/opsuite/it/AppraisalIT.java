package com.opsuite.it;

import static com.opsuite.it.KpiApi.formula;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appraisal in the running product: a monthly cycle whose indicator part comes from seed 003's
 * download completion and a manual indicator, evaluations by self, superior and peers combined
 * exactly, the grade and bonus, sign-off through an approval that locks the results, a reopening
 * with its reason and a second sign-off, and each kind of bad input refused with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class AppraisalIT {

  static final String MONTH = "2026-11";

  @ArquillianResource URL base;

  /**
   * The org of the approval tests, with app-ops, an HR clerk managing appraisals, two indicators.
   */
  static final class Company {
    final ApprovalOrg org;
    final KpiApi kpi;

    Company(URI root, String prefix) {
      org = new ApprovalOrg(root, prefix, "app-ops");
      kpi = new KpiApi(root, org.tenant);
      HttpResponse<String> role =
          Http.put(
              org.api("roles/custom.appraisal-hr"),
              "{\"permissions\":[\"core.appraisal.manage\"]}",
              Http.asTenant(org.tenant));
      assertEquals(200, role.statusCode(), role.body());
      ApprovalOrg.Person hr = org.hire("hr", org.position("HR", org.headPosition, 1));
      assertEquals(
          200,
          UserRoles.set(
                  org.root, hr.userId(), "[\"custom.appraisal-hr\"]", Http.asTenant(org.tenant))
              .statusCode());
      kpi.indicator(
          formula(
              "download-completion",
              "阶段下载量完成度",
              "Stage download completion",
              "PERCENT",
              "m['app.downloads.actual'] / m['app.downloads.planned']"));
      kpi.indicator(KpiApi.manual("service-quality", "服务质量", "Service quality"));
      kpi.target(KpiApi.linearTarget("download-completion", MONTH, null, "0.5", "1.0", "120"));
      kpi.target(KpiApi.linearTarget("service-quality", MONTH, null, "60", "100", "120"));
    }

    long staff(String name) {
      return org.person(name).staffId();
    }

    URI uri(String path) {
      return org.api("appraisal/" + path);
    }

    HttpResponse<String> post(String who, String path, String body, String language) {
      return Http.post(uri(path), body, org.as(who, "Accept-Language", language));
    }

    HttpResponse<String> get(String who, String path) {
      return Http.get(uri(path), org.as(who, "Accept-Language", "en"));
    }

    JsonObject ok(HttpResponse<String> response) {
      assertEquals(200, response.statusCode(), response.body());
      return response.body().startsWith("[")
          ? Json.createObjectBuilder().add("list", Http.jsonArray(response)).build()
          : Http.json(response);
    }

    /** The evaluation the person must fill about the staff member, in the role. */
    long evaluation(String who, String about, String role) {
      return ok(get(who, "evaluations/mine"))
          .getJsonArray("list")
          .getValuesAs(JsonObject.class)
          .stream()
          .filter(
              e ->
                  e.getJsonNumber("staffId").longValue() == staff(about)
                      && e.getString("role").equals(role))
          .findFirst()
          .orElseThrow(() -> new AssertionError(who + " has no " + role + " about " + about))
          .getJsonNumber("id")
          .longValue();
    }

    HttpResponse<String> rate(
        String who, long evaluation, int attitude, int teamwork, String lang) {
      return post(
          who,
          "evaluations/" + evaluation,
          Json.createObjectBuilder()
              .add(
                  "ratings",
                  Json.createObjectBuilder().add("attitude", attitude).add("teamwork", teamwork))
              .add("comment", "评语 by " + who)
              .build()
              .toString(),
          lang);
    }

    void rated(String who, String about, String role, int attitude, int teamwork) {
      HttpResponse<String> r = rate(who, evaluation(who, about, role), attitude, teamwork, "en");
      assertEquals(200, r.statusCode(), r.body());
    }
  }

  /** Downloads 60 + service quality 40; attitude 50 + teamwork 50 on 1–5; 70/30; 20/60/20. */
  static JsonObject template(String code, String... weights) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("nameZh", "运营月度考核")
        .add("nameEn", "Monthly operations appraisal")
        .add(
            "indicators",
            Json.createArrayBuilder()
                .add(item("download-completion", weights[0]))
                .add(item("service-quality", weights[1])))
        .add(
            "criteria",
            Json.createArrayBuilder()
                .add(criterion("attitude", "工作态度", "Attitude", "50"))
                .add(criterion("teamwork", "团队协作", "Teamwork", "50")))
        .add("resultsShare", 70)
        .add("scaleMin", 1)
        .add("scaleMax", 5)
        .add("selfWeight", new BigDecimal(weights[2]))
        .add("superiorWeight", 60)
        .add("peerWeight", 20)
        .build();
  }

  /** A template of one indicator and one criterion (attitude): 70 % results, 20/60/20. */
  static JsonObject singleIndicatorTemplate(
      String code, String indicator, String nameZh, String nameEn) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("nameZh", nameZh)
        .add("nameEn", nameEn)
        .add("indicators", Json.createArrayBuilder().add(item(indicator, "100")))
        .add(
            "criteria",
            Json.createArrayBuilder().add(criterion("attitude", "态度", "Attitude", "100")))
        .add("resultsShare", 70)
        .add("scaleMin", 1)
        .add("scaleMax", 5)
        .add("selfWeight", 20)
        .add("superiorWeight", 60)
        .add("peerWeight", 20)
        .build();
  }

  static JsonObjectBuilder item(String code, String weight) {
    return Json.createObjectBuilder().add("code", code).add("weight", new BigDecimal(weight));
  }

  static JsonObjectBuilder criterion(String code, String zh, String en, String weight) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("nameZh", zh)
        .add("nameEn", en)
        .add("weight", new BigDecimal(weight));
  }

  static BigDecimal number(JsonObject o, String key) {
    return o.isNull(key) ? null : o.getJsonNumber(key).bigDecimalValue();
  }

  static String problemDetail(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    return Http.json(response).getString("detail");
  }

  @Test
  void aMonthlyCycleCombinesExactlyIsSignedOffLockedReopenedAndSignedOffAgain() throws Exception {
    Company c = new Company(base.toURI(), "appraisal");
    long m1 = c.staff("manager1");
    long m2 = c.staff("manager2");
    // manager1: 8,500 of 10,000 downloads = 0.85 → (0.85 − 0.5)/0.5 × 100 = 70.00; quality 95 →
    // (95 − 60)/40 × 100 = 87.50. manager2: 10,000 of 8,000 = 1.25 → 150, capped at 120; no
    // quality value → counts 0 (named in the breakdown).
    c.kpi.entered("app.downloads.actual", MONTH, m1, "8500");
    c.kpi.entered("app.downloads.planned", MONTH, m1, "10000");
    c.kpi.entered("service-quality", MONTH, m1, "95");
    c.kpi.entered("app.downloads.actual", MONTH, m2, "10000");
    c.kpi.entered("app.downloads.planned", MONTH, m2, "8000");

    assertEquals(
        201,
        c.post("hr", "templates", template("ops-monthly", "60", "40", "20").toString(), "en")
            .statusCode());
    HttpResponse<String> opened =
        c.post(
            "hr",
            "cycles",
            Json.createObjectBuilder()
                .add("template", "ops-monthly")
                .add("period", MONTH)
                .add("staffIds", Json.createArrayBuilder().add(m1).add(m2))
                .build()
                .toString(),
            "en");
    assertEquals(201, opened.statusCode(), opened.body());
    long cycle = Http.json(opened).getJsonNumber("id").longValue();
    List<JsonObject> results =
        c.ok(c.get("head", "cycles/" + cycle + "/results"))
            .getJsonArray("list")
            .getValuesAs(JsonObject.class);
    long r1 = resultOf(results, m1);
    long r2 = resultOf(results, m2);

    // The superior (the head, through the reporting lines) chooses manager1's peers; manager1
    // cannot choose their own. A new result's peers are of version 0 (If-Match, required).
    String peers =
        Json.createObjectBuilder()
            .add("staffIds", Json.createArrayBuilder().add(m2).add(c.staff("reviewer1")))
            .build()
            .toString();
    assertEquals(
        "Only a superior of the staff member chooses their peers.",
        problemDetail(
            Http.put(
                c.uri("results/" + r1 + "/peers"),
                peers,
                c.org.as("manager1", "Accept-Language", "en", "If-Match", "\"0\"")),
            403));
    HttpResponse<String> chosen =
        Http.put(c.uri("results/" + r1 + "/peers"), peers, c.org.as("head", "If-Match", "0"));
    assertEquals(200, chosen.statusCode(), chosen.body());

    c.rated("manager1", "manager1", "SELF", 5, 4);
    c.rated("head", "manager1", "SUPERIOR", 4, 3);
    c.rated("manager2", "manager1", "PEER", 5, 5);
    c.rated("reviewer1", "manager1", "PEER", 3, 4);
    c.rated("manager2", "manager2", "SELF", 3, 3);
    c.rated("head", "manager2", "SUPERIOR", 5, 5);

    // Bad evaluations: twice, out of scale, someone else's; nothing is written.
    long own = c.evaluation("manager1", "manager1", "SELF");
    assertEquals(
        "This evaluation was already submitted; it cannot be submitted twice.",
        problemDetail(c.rate("manager1", own, 5, 5, "en"), 409));
    assertEquals("该评价已提交，不能重复提交。", problemDetail(c.rate("manager1", own, 5, 5, "zh-CN"), 409));
    assertEquals(
        "This evaluation is not assigned to you.",
        problemDetail(c.rate("reviewer2", own, 5, 5, "en"), 403));
    HttpResponse<String> peerOf2 =
        Http.put(
            c.uri("results/" + r2 + "/peers"),
            "{\"staffIds\":[" + c.staff("reviewer2") + "]}",
            c.org.as("head", "If-Match", "W/\"0\""));
    assertEquals(200, peerOf2.statusCode(), peerOf2.body());
    long reviewer2s = c.evaluation("reviewer2", "manager2", "PEER");
    Refusals.assertRefused(
        c.rate("reviewer2", reviewer2s, 6, 3, "en"),
        "ratings.attitude",
        "appraisal.rating.outOfScale",
        "The rating of Attitude is 6; it must be a whole number from 1 to 5.");
    Refusals.assertRefused(
        c.rate("reviewer2", reviewer2s, 0, 3, "zh-CN"),
        "ratings.attitude",
        "appraisal.rating.outOfScale",
        "工作态度的评分为 0，必须是 1 到 5 之间的整数。");
    // reviewer2 never submits: manager2 has no peer rating, so self and superior are renormalized.
    JsonObject progress = c.ok(c.get("hr", "cycles/" + cycle));
    assertEquals(7, progress.getInt("evaluations"));
    assertEquals(6, progress.getInt("submitted"));
    assertEquals(
        "reviewer2", progress.getJsonArray("waiting").getJsonObject(0).getString("evaluatorName"));
    // The laggard is reminded by mail, in the tenant's language (Chinese), with how many are left.
    try (Mailbox mail = Mailbox.start()) {
      assertEquals(
          1, c.ok(c.post("hr", "cycles/" + cycle + "/reminders", "", "en")).getInt("mailed"));
      jakarta.mail.internet.MimeMessage reminder = mail.first(c.org.person("reviewer2").email());
      assertTrue(reminder.getSubject().contains("待您提交的评价"), reminder.getSubject());
      assertTrue(Mailbox.body(reminder).contains("待提交：1 份"), Mailbox.body(reminder));
    }

    results =
        c.ok(c.post("hr", "cycles/" + cycle + "/compute", "", "en"))
            .getJsonArray("list")
            .getValuesAs(JsonObject.class);
    // manager1: I = (60×70 + 40×87.5)/100 = 77; self (100 + 75)/2 = 87.5; superior (75 + 50)/2 =
    // 62.5; peers attitude (100 + 50)/2 = 75, teamwork (100 + 75)/2 = 87.5 → 81.25;
    // C = (20×87.5 + 60×62.5 + 20×81.25)/100 = 71.25; T = (70×77 + 30×71.25)/100 = 75.275 → 75.28,
    // grade B (≥ 75), bonus 1.0.
    JsonObject one = result(results, m1);
    assertEquals(new BigDecimal("75.28"), number(one, "total"));
    assertEquals("B", one.getString("grade"));
    assertEquals(0, BigDecimal.ONE.compareTo(number(one, "bonus")));
    assertEquals(0, new BigDecimal("77").compareTo(number(one, "indicatorPart")));
    assertEquals(0, new BigDecimal("71.25").compareTo(number(one, "criteriaPart")));
    // manager2: I = (60×120 + 40×0)/100 = 72; self 50, superior 100, no peers:
    // C = (20×50 + 60×100)/80 = 87.5; T = (70×72 + 30×87.5)/100 = 76.65, grade B.
    JsonObject two = result(results, m2);
    assertEquals(new BigDecimal("76.65"), number(two, "total"));
    assertEquals("B", two.getString("grade"));
    assertEquals(
        "service-quality",
        two.getJsonObject("breakdown").getJsonArray("unscoredIndicators").getString(0));
    assertEquals("PEER", two.getJsonObject("breakdown").getJsonArray("absentRoles").getString(0));

    // Who sees what: the head their team, manager1 only their own, a clerk nothing here.
    assertEquals(
        1, c.ok(c.get("manager1", "cycles/" + cycle + "/results")).getJsonArray("list").size());
    assertEquals(404, c.get("manager1", "results/" + r2).statusCode());
    assertEquals(404, c.get("clerk", "cycles/" + cycle + "/results").statusCode());
    assertEquals(403, c.post("clerk", "cycles/" + cycle + "/compute", "", "en").statusCode());
    assertEquals(
        2, c.ok(c.get("head", "cycles/" + cycle + "/results")).getJsonArray("list").size());

    // Sign-off: the HR clerk's department head, then the general manager.
    JsonObject signOff = c.ok(c.post("hr", "cycles/" + cycle + "/sign-off", "", "en"));
    long approval = signOff.getJsonNumber("approvalId").longValue();
    assertEquals("appraisal-" + cycle + "-1", signOff.getString("documentRef"));
    c.org.acted("head", approval, "approve", null);
    assertEquals(
        "SIGNING", c.ok(c.get("hr", "results/" + r1)).getJsonObject("result").getString("status"));
    assertEquals(
        "This result is in sign-off or locked; reopen it with a reason to change it.",
        problemDetail(c.post("hr", "results/" + r1 + "/compute", "", "en"), 409));
    assertEquals("APPROVED", ApprovalOrg.status(c.org.acted("gm", approval, "approve", null)));
    assertEquals(
        "LOCKED", c.ok(c.get("hr", "results/" + r1)).getJsonObject("result").getString("status"));
    assertEquals(
        "该结果正在签批或已锁定；如需修改，请填写原因后重开。",
        problemDetail(c.post("hr", "results/" + r1 + "/compute", "", "zh-CN"), 409));
    assertEquals(409, c.rate("reviewer2", reviewer2s, 3, 3, "en").statusCode());
    assertEquals(
        "No computed results are waiting for sign-off in this cycle.",
        problemDetail(c.post("hr", "cycles/" + cycle + "/sign-off", "", "en"), 409));

    // A correction: the reason is required; the result is computed again and signed off again.
    Refusals.assertRefused(
        c.post("hr", "results/" + r1 + "/reopen", "{\"reason\":\" \"}", "en"),
        "reason",
        "appraisal.reopen.reason",
        "Say why the result is reopened.");
    assertEquals(
        "LOCKED", c.ok(c.get("hr", "results/" + r1)).getJsonObject("result").getString("status"));
    JsonObject reopened =
        c.ok(c.post("hr", "results/" + r1 + "/reopen", "{\"reason\":\"服务质量数值更正为 100\"}", "en"));
    assertEquals(2, reopened.getJsonObject("result").getInt("revision"));
    assertEquals(
        "Only a locked result can be reopened.",
        problemDetail(
            c.post("hr", "results/" + r1 + "/reopen", "{\"reason\":\"again\"}", "en"), 409));
    c.kpi.entered("service-quality", MONTH, m1, "100");
    // I = (60×70 + 40×100)/100 = 82; T = (70×82 + 30×71.25)/100 = 78.775 → 78.78, grade B.
    JsonObject recomputed =
        c.ok(c.post("hr", "results/" + r1 + "/compute", "", "en")).getJsonObject("result");
    assertEquals(new BigDecimal("78.78"), number(recomputed, "total"));
    long again =
        c.ok(c.post("hr", "cycles/" + cycle + "/sign-off", "", "en"))
            .getJsonNumber("approvalId")
            .longValue();
    c.org.acted("head", again, "approve", null);
    c.org.acted("gm", again, "approve", null);
    JsonObject detail = c.ok(c.get("head", "results/" + r1));
    assertEquals("LOCKED", detail.getJsonObject("result").getString("status"));
    assertEquals(
        "LOCKED", c.ok(c.get("hr", "results/" + r2)).getJsonObject("result").getString("status"));
    List<JsonObject> history = detail.getJsonArray("history").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(
            "1 COMPUTED 75.28",
            "1 SUBMITTED 75.28",
            "1 LOCKED 75.28",
            "2 REOPENED 75.28",
            "2 COMPUTED 78.78",
            "2 SUBMITTED 78.78",
            "2 LOCKED 78.78"),
        history.stream()
            .map(h -> h.getInt("revision") + " " + h.getString("action") + " " + number(h, "total"))
            .toList());
    assertEquals("服务质量数值更正为 100", history.get(3).getString("reason"));

    // My appraisal: manager1 sees their own locked result.
    JsonObject mine = c.ok(c.get("manager1", "results/mine")).getJsonArray("list").getJsonObject(0);
    assertEquals(new BigDecimal("78.78"), number(mine, "total"));

    // The cycles page shows HR the results with their grade; a staff member without the right is
    // refused it, and both find "my appraisal".
    HttpResponse<String> page =
        Http.get(
            c.org.root.resolve("t/" + c.org.tenant + "/core/appraisal-cycles.xhtml"),
            Http.pageSession(
                c.org.root, c.org.tenant, c.org.person("hr").email(), ApprovalOrg.PASSWORD));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("78.78") && page.body().contains("manager2"), page.body());
    assertTrue(page.body().contains("nav-appraisal-cycles"), "the link for those managing");
    HttpResponse<String> refused =
        Http.get(
            c.org.root.resolve("t/" + c.org.tenant + "/core/appraisal-cycles.xhtml"),
            Http.pageSession(
                c.org.root, c.org.tenant, c.org.person("clerk").email(), ApprovalOrg.PASSWORD));
    assertEquals(403, refused.statusCode());
    assertTrue(!refused.body().contains("78.78"), refused.body());
    HttpResponse<String> myPage =
        Http.get(
            c.org.root.resolve("t/" + c.org.tenant + "/core/my-appraisal.xhtml"),
            Http.pageSession(
                c.org.root, c.org.tenant, c.org.person("clerk").email(), ApprovalOrg.PASSWORD));
    assertEquals(200, myPage.statusCode());
    assertTrue(myPage.body().contains("nav-my-appraisal"), myPage.body());
    assertTrue(!myPage.body().contains("nav-appraisal-cycles"), "no link without the right");
  }

  @Test
  void weightsBandsAndCyclesThatBreakTheRulesAreRefusedAndNothingIsSaved() throws Exception {
    Company c = new Company(base.toURI(), "appraisal-bad");
    Refusals.assertRefused(
        c.post("hr", "templates", template("bad", "60", "39.5", "20").toString(), "en"),
        "indicators",
        "appraisal.template.indicatorWeights",
        "Indicator weights add up to 99.5; they must add up to exactly 100.");
    Refusals.assertRefused(
        c.post("hr", "templates", template("bad", "60", "40", "30").toString(), "zh-CN"),
        "evaluatorWeights",
        "appraisal.template.evaluatorWeights",
        "自评、上级评、同事评的权重合计为 110，必须正好等于 100。");
    Refusals.assertRefused(
        c.post(
            "hr",
            "templates",
            template("bad", "60", "40", "20")
                .toString()
                .replace("service-quality", "no-such-indicator"),
            "en"),
        "indicators",
        "kpi.indicator.notFound",
        "There is no indicator \"no-such-indicator\".");
    assertEquals("[]", c.get("hr", "templates").body());
    assertEquals(403, c.get("clerk", "templates").statusCode());

    // Grade bands: the defaults (version 0, the ETag a save sends back as If-Match), then refused
    // when they leave a gap or do not descend.
    HttpResponse<String> defaultBands = c.get("hr", "grade-bands");
    assertEquals("\"0\"", defaultBands.headers().firstValue("ETag").orElse(null));
    List<JsonObject> defaults =
        c.ok(defaultBands).getJsonArray("list").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("A 90 1.2", "B 75 1.0", "C 60 0.8", "D 0 0"),
        defaults.stream()
            .map(b -> b.getString("grade") + " " + number(b, "min") + " " + number(b, "bonus"))
            .toList());
    Refusals.assertRefused(
        Http.put(
            c.uri("grade-bands"),
            bands("A", "90", "1.5", "B", "60", "1"),
            c.org.as("hr", "Accept-Language", "en", "If-Match", "\"0\"")),
        "min",
        "appraisal.bands.gap",
        "The lowest grade (B) must start at 0, so that every score has a grade.");
    Refusals.assertRefused(
        Http.put(
            c.uri("grade-bands"),
            bands("A", "70", "1.5", "B", "80", "1", "C", "0", "0"),
            c.org.as("hr", "Accept-Language", "zh-CN", "If-Match", "\"0\"")),
        "min",
        "appraisal.bands.descending",
        "等级应从高到低排列：等级 B 的下限必须低于上一个等级。");
    HttpResponse<String> saved =
        Http.put(
            c.uri("grade-bands"),
            bands("S", "95", "1.5", "A", "85", "1.2", "B", "70", "1", "C", "0", "0.5"),
            c.org.as("hr", "If-Match", "\"0\""));
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals("\"1\"", saved.headers().firstValue("ETag").orElse(null));
    assertEquals(4, c.ok(c.get("hr", "grade-bands")).getJsonArray("list").size());

    // Cycles: a quarter, unknown staff, and a template whose indicators are monthly for a year.
    assertEquals(
        201,
        c.post("hr", "templates", template("ok", "60", "40", "20").toString(), "en").statusCode());
    Refusals.assertRefused(
        c.post(
            "hr", "cycles", "{\"template\":\"ok\",\"period\":\"2026-Q4\",\"staffIds\":[1]}", "en"),
        "period",
        "appraisal.cycle.period",
        "The period \"2026-Q4\" is neither a month such as 2026-11 nor a year such as 2026.");
    Refusals.assertRefused(
        c.post("hr", "cycles", "{\"template\":\"ok\",\"period\":\"2026\",\"staffIds\":[1]}", "en"),
        "period",
        "appraisal.cycle.indicatorKind",
        "Stage download completion is not kept for periods like 2026; choose a template whose"
            + " indicators are.");
    Refusals.assertRefused(
        c.post(
            "hr",
            "cycles",
            "{\"template\":\"ok\",\"period\":\"2026-11\",\"staffIds\":[987654321]}",
            "en"),
        "staffIds",
        "appraisal.cycle.unknownStaff",
        "Not an active staff member here: 987654321.");
    assertEquals("[]", c.get("hr", "cycles").body());
    // A cycle over the whole department assigns self and superior evaluations through the lines.
    HttpResponse<String> whole =
        c.post(
            "hr",
            "cycles",
            "{\"template\":\"ok\",\"period\":\"2026-11\",\"unitId\":" + c.org.departmentId + "}",
            "en");
    assertEquals(201, whole.statusCode(), whole.body());
    long cycle = Http.json(whole).getJsonNumber("id").longValue();
    JsonObject progress = c.ok(c.get("hr", "cycles/" + cycle));
    // Head, 2 managers, 2 clerks, 3 reviewers, HR: 9 selves; superiors: the general manager for the
    // head (1), the head for the managers, reviewers and HR (6), both managers for each clerk (4).
    assertEquals(9 + 1 + 6 + 4, progress.getInt("evaluations"));
    assertEquals(0, progress.getInt("submitted"));
  }

  /**
   * A measurement, not a benchmark (as {@link IndicatorsPerformanceIT}): a monthly cycle of 500
   * staff on a template of 10 indicators, every self evaluation submitted. The time is printed and
   * written to {@code target/appraisal-performance.txt}, never asserted.
   */
  @Test
  void computingAMonthOf500StaffAnd10IndicatorsIsMeasured() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "appraisal-perf", "app-ops");
    KpiApi kpi = new KpiApi(root, tenant);
    try (Connection db = TestDatabase.asAdmin()) {
      insertStaffAndValues(db, tenant);
    }
    String a = "m['app.downloads.actual']";
    String p = "m['app.downloads.planned']";
    String[][] indicators = {
      {"completion", a + " / " + p},
      {"capped", "min(i['completion'], 1)"},
      {"gap-share", "(" + p + " - " + a + ") / " + p},
      {"over-plan", a + " >= " + p + " ? 1 : 0"},
      {"half", "i['completion'] / 2"},
      {"double", "i['completion'] * 2"},
      {"remainder-share", "(" + a + " % 1000) / 1000"},
      {"weighted", "i['completion'] * 0.6 + i['capped'] * 0.4"},
      {"plan-share", p + " / 20000"},
    };
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (String[] i : indicators) {
      kpi.indicator(formula(i[0], "指标" + i[0], "Indicator " + i[0], "NUMBER", i[1]));
      items.add(item(i[0], "10"));
    }
    kpi.indicator(KpiApi.manual("quality", "质量", "Quality"));
    items.add(item("quality", "10"));
    for (String[] i : indicators) {
      kpi.target(KpiApi.linearTarget(i[0], MONTH, null, "0", "1", "120"));
    }
    kpi.target(KpiApi.linearTarget("quality", MONTH, null, "0", "1", "120"));
    JsonObject template =
        Json.createObjectBuilder(template("perf", "60", "40", "20"))
            .add("indicators", items)
            .build();
    URI api = root.resolve("api/v1/core/appraisal/");
    assertEquals(
        201,
        Http.post(api.resolve("templates"), template.toString(), Http.asTenant(tenant))
            .statusCode());
    JsonArrayBuilder staff = Json.createArrayBuilder();
    for (int i = 0; i < PERF_STAFF; i++) {
      staff.add(PERF_BASE + i);
    }
    long opening = System.nanoTime();
    HttpResponse<String> opened =
        Http.post(
            api.resolve("cycles"),
            Json.createObjectBuilder()
                .add("template", "perf")
                .add("period", MONTH)
                .add("staffIds", staff)
                .build()
                .toString(),
            Http.asTenant(tenant));
    long openMillis = (System.nanoTime() - opening) / 1_000_000;
    assertEquals(201, opened.statusCode(), opened.body());
    long cycle = Http.json(opened).getJsonNumber("id").longValue();
    try (Connection db = TestDatabase.asAdmin();
        PreparedStatement submit =
            db.prepareStatement(
                "UPDATE appraisal_evaluation SET ratings = '{\"attitude\":4,\"teamwork\":5}',"
                    + " submitted_at = now() WHERE tenant_id = ?")) {
      submit.setString(1, tenant);
      assertEquals(PERF_STAFF, submit.executeUpdate());
    }
    List<Double> times = new ArrayList<>();
    HttpResponse<String> computed = null;
    for (int run = 0; run < 6; run++) {
      long start = System.nanoTime();
      computed = Http.post(api.resolve("cycles/" + cycle + "/compute"), "", Http.asTenant(tenant));
      if (run >= 1) {
        times.add((System.nanoTime() - start) / 1_000_000.0);
      }
      assertEquals(200, computed.statusCode(), computed.body().substring(0, 300));
    }
    List<JsonObject> results = Http.jsonArray(computed).getValuesAs(JsonObject.class);
    assertEquals(PERF_STAFF, results.size());
    // Staff 0: completion 0.5 → 50, capped 50, gap share 50, over plan 0, half 25, double 100,
    // remainder 0, weighted 50, plan share 50, quality 0.6 → 60: I = 435×10/100 = 43.5;
    // self only (4, 5) → (75 + 100)/2 = 87.5; T = (70×43.5 + 30×87.5)/100 = 56.70, grade D.
    JsonObject first = result(results, PERF_BASE);
    assertEquals(new BigDecimal("56.70"), number(first, "total"));
    assertEquals("D", first.getString("grade"));
    Collections.sort(times);
    List<String> report =
        List.of(
            "Appraisal performance: "
                + PERF_STAFF
                + " staff x 10 indicators + 2 criteria, monthly cycle "
                + MONTH
                + "; opening the cycle (results + self evaluations) took "
                + openMillis
                + " ms",
            String.format(
                "POST /appraisal/cycles/{id}/compute, 5 runs after 1 warm-up: median %.1f ms,"
                    + " min %.1f ms, max %.1f ms",
                times.get(times.size() / 2), times.get(0), times.get(times.size() - 1)));
    report.forEach(System.out::println);
    Files.write(
        Path.of(System.getProperty("it.war")).getParent().resolve("appraisal-performance.txt"),
        report);
  }

  static final int PERF_STAFF = 500;

  /** Far above what the sequences hand out, and apart from {@link IndicatorsPerformanceIT}'s. */
  static final long PERF_BASE = 920_000_000L;

  /**
   * 500 staff; staff i has 5000 + i actual and 10000 planned downloads, quality (60 + i%40)/100.
   */
  private static void insertStaffAndValues(Connection db, String tenant) throws Exception {
    db.setAutoCommit(false);
    try (PreparedStatement staff =
            db.prepareStatement(
                "INSERT INTO staff_member (tenant_id, id, name, active) VALUES (?, ?, ?, true)");
        PreparedStatement value =
            db.prepareStatement(
                "INSERT INTO kpi_value (tenant_id, id, series, period, subject_kind, subject_id,"
                    + " value, entered_at, entered_by) VALUES (?, ?, ?, ?, 'STAFF', ?, ?, now(),"
                    + " 'perf-test')")) {
      long valueId = PERF_BASE;
      for (int i = 0; i < PERF_STAFF; i++) {
        long id = PERF_BASE + i;
        staff.setString(1, tenant);
        staff.setLong(2, id);
        staff.setString(3, String.format("员工%03d", i));
        staff.addBatch();
        String[][] series = {
          {"app.downloads.actual", String.valueOf(5000 + i)},
          {"app.downloads.planned", "10000"},
          {"quality", BigDecimal.valueOf(60 + i % 40, 2).toPlainString()}
        };
        for (String[] s : series) {
          value.setString(1, tenant);
          value.setLong(2, valueId++);
          value.setString(3, s[0]);
          value.setString(4, MONTH);
          value.setLong(5, id);
          value.setBigDecimal(6, new BigDecimal(s[1]));
          value.addBatch();
        }
      }
      staff.executeBatch();
      value.executeBatch();
    }
    db.commit();
  }

  private static String bands(String... values) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < values.length; i += 3) {
      list.add(
          Json.createObjectBuilder()
              .add("grade", values[i])
              .add("min", new BigDecimal(values[i + 1]))
              .add("bonus", new BigDecimal(values[i + 2])));
    }
    return list.build().toString();
  }

  private static long resultOf(List<JsonObject> results, long staffId) {
    return result(results, staffId).getJsonNumber("id").longValue();
  }

  private static JsonObject result(List<JsonObject> results, long staffId) {
    return results.stream()
        .filter(r -> r.getJsonNumber("staffId").longValue() == staffId)
        .findFirst()
        .orElseThrow();
  }
}
