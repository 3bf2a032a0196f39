package com.opsuite.it;

import static com.opsuite.it.KpiApi.formula;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * KPI indicators in the running product: a formula fed by core's approval measure after a real
 * approval, seed 003's download completion computed exactly, targets with linear and banded scores,
 * corrections with their history, and bad input refused in both languages with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorsIT {

  private static final String ACTUAL = "app.downloads.actual";
  private static final String PLANNED = "app.downloads.planned";
  private static final String COMPLETION = "download-completion";
  private static final String COMPLETION_FORMULA =
      "m['app.downloads.actual'] / m['app.downloads.planned']";

  @ArquillianResource URL base;

  private static BigDecimal value(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key) ? o.getJsonNumber(key).bigDecimalValue() : null;
  }

  private static JsonObject completion() {
    return formula(
        COMPLETION, "阶段下载量完成度", "Stage download completion", "PERCENT", COMPLETION_FORMULA);
  }

  @Test
  void aFormulaIndicatorFillsItselfFromCoreApprovalDecisions() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "kpi-appr");
    KpiApi kpi = new KpiApi(base.toURI(), org.tenant);
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    kpi.indicator(
        formula(
            "approvals-decided",
            "审批处理量",
            "Approvals decided",
            "COUNT",
            "m['core.approvals.decided']"));
    kpi.indicator(
        formula(
            "approvals-on-time",
            "审批及时率",
            "Approvals on time",
            "PERCENT",
            "m['core.approvals.decided-on-time'] / m['core.approvals.decided']"));
    long manager1 = org.person("manager1").staffId();
    long manager2 = org.person("manager2").staffId();
    assertEquals(
        BigDecimal.ZERO, value(kpi.score("approvals-decided", month, manager1, "en"), "value"));

    long approval = ApprovalOrg.id(org.claim("clerk", "KPI-1", 100));
    org.acted("manager1", approval, "approve", null);

    assertEquals(
        BigDecimal.ONE, value(kpi.score("approvals-decided", month, manager1, "en"), "value"));
    JsonObject onTime = kpi.score("approvals-on-time", month, manager1, "en");
    assertEquals(BigDecimal.ONE, value(onTime, "value"));
    assertEquals("100.00%", onTime.getString("display"));
    // manager2 was asked too, but manager1 decided first: 0 of 0 has no value, and says why.
    JsonObject none = kpi.score("approvals-on-time", month, manager2, "zh-CN");
    assertEquals(null, value(none, "value"));
    assertEquals("kpi.noValue.divisionByZero", none.getJsonObject("reason").getString("code"));
    assertEquals("审批及时率的公式除数为零。", none.getJsonObject("reason").getString("message"));

    HttpResponse<String> decided =
        Http.get(
            kpi.uri("values/core.approvals.decided?period=" + month), Http.asTenant(org.tenant));
    assertEquals(200, decided.statusCode(), decided.body());
    List<JsonObject> rows = Http.jsonArray(decided).getValuesAs(JsonObject.class);
    assertEquals(1, rows.size(), decided.body());
    assertEquals(manager1, rows.get(0).getJsonNumber("staffId").longValue());
    assertTrue(rows.get(0).getBoolean("computed"));
  }

  @Test
  void stageDownloadCompletionOfSeed003IsExactAndScoresAgainstTargets() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "kpi-dl", "app-ops");
    KpiApi kpi = new KpiApi(root, tenant);
    long zhang = OrgApi.id(new OrgApi(root, tenant).createStaff("张三"));
    kpi.indicator(completion());
    JsonObject actual = kpi.entered(ACTUAL, "2026-11", zhang, "8500");
    kpi.entered(PLANNED, "2026-11", zhang, "10000");

    JsonObject noTarget = kpi.score(COMPLETION, "2026-11", zhang, "zh-CN");
    assertEquals(new BigDecimal("0.85"), value(noTarget, "value"));
    assertEquals("85.00%", noTarget.getString("display"));
    assertEquals(
        "阶段下载量完成度在 2026-11 没有设定目标。", noTarget.getJsonObject("reason").getString("message"));

    // The company-wide target applies to everyone without their own: 0 at 50%, 100 at 100%.
    kpi.target(KpiApi.linearTarget(COMPLETION, "2026-11", null, "0.5", "1.0", "120"));
    JsonObject linear = kpi.score(COMPLETION, "2026-11", zhang, "en");
    assertEquals(new BigDecimal("70.00"), value(linear, "score"));
    assertEquals("LINEAR", linear.getJsonObject("target").getString("rule"));
    assertFalse(linear.containsKey("reason"), linear.toString());

    // Zhang's own target, in bands, wins over the company's.
    kpi.target(
        KpiApi.bandedTarget(COMPLETION, "2026-11", zhang, "0.8", "60", "0.9", "80", "1.0", "100"));
    assertEquals(
        new BigDecimal("60.00"), value(kpi.score(COMPLETION, "2026-11", zhang, "en"), "score"));

    // A correction based on a stale read is refused; the current one is taken, with its history.
    long version = actual.getJsonNumber("version").longValue();
    assertEquals(409, kpi.enter(ACTUAL, "2026-11", zhang, "9000", version + 1, "en").statusCode());
    HttpResponse<String> corrected = kpi.enter(ACTUAL, "2026-11", zhang, "9000", version, "en");
    assertEquals(200, corrected.statusCode(), corrected.body());
    JsonObject better = kpi.score(COMPLETION, "2026-11", zhang, "en");
    assertEquals(new BigDecimal("0.9"), value(better, "value"));
    assertEquals(new BigDecimal("80.00"), value(better, "score"));
    HttpResponse<String> history =
        Http.get(
            kpi.uri("values/" + ACTUAL + "/history?period=2026-11&staffId=" + zhang),
            Http.asTenant(tenant));
    List<JsonObject> changes = Http.jsonArray(history).getValuesAs(JsonObject.class);
    assertEquals(2, changes.size(), history.body());
    assertFalse(changes.get(0).containsKey("previous"));
    assertEquals(new BigDecimal("8500"), value(changes.get(0), "value"));
    assertEquals(new BigDecimal("8500"), value(changes.get(1), "previous"));
    assertEquals(new BigDecimal("9000"), value(changes.get(1), "value"));
    assertEquals(TestTenants.adminEmail(tenant), changes.get(1).getString("changedBy"));

    // A quarterly indicator adds up the quarter's months; the monthly one is not scored by quarter.
    kpi.indicator(
        formula(
            "download-completion-q",
            "季度下载量完成度",
            "Quarterly download completion",
            "PERCENT",
            COMPLETION_FORMULA,
            "QUARTER"));
    kpi.entered(ACTUAL, "2026-10", zhang, "1000");
    kpi.entered(PLANNED, "2026-10", zhang, "1000");
    kpi.entered(ACTUAL, "2026-12", zhang, "500");
    kpi.entered(PLANNED, "2026-12", zhang, "1000");
    assertEquals(
        new BigDecimal("0.875"),
        value(kpi.score("download-completion-q", "2026-Q4", zhang, "en"), "value"));
    // The indicators page lists them, in the reader's language.
    HttpResponse<String> page =
        Http.get(
            root.resolve("t/" + tenant + "/core/indicators.xhtml"), Http.pageSession(root, tenant));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("download-completion-q"), page.body());
    assertTrue(
        page.body().contains("阶段下载量完成度") || page.body().contains("Stage download completion"),
        page.body());

    Refusals.assertRefused(
        kpi.scoreResponse(COMPLETION, "2026-Q4", zhang, "en"),
        "period",
        "kpi.period.kindMismatch",
        "Stage download completion is kept by month; 2026-Q4 is not one.");
  }

  @Test
  void formulasThatDoNotParseNameUnknownThingsOrLoopAreRefusedAndNothingIsSaved() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "kpi-bad", "app-ops");
    KpiApi kpi = new KpiApi(root, tenant);

    Refusals.assertRefused(
        kpi.createIndicator(bad("m['app.downloads.actual'] / "), "en"),
        "formula",
        "kpi.formula.unexpectedEnd",
        "Column 29: the formula ends where a number or a name was expected.");
    Refusals.assertRefused(
        kpi.createIndicator(bad("m['app.downloads.actual'] / "), "zh-CN"),
        "formula",
        "kpi.formula.unexpectedEnd",
        "第 29 列：此处应为数字或名称，但公式已结束。");
    Refusals.assertRefused(
        kpi.createIndicator(bad("m['app.downloads.actul'] / m['app.downloads.planned']"), "en"),
        "formula",
        "kpi.formula.unknownMeasure",
        "Column 1: there is no measure \"app.downloads.actul\" (see the list of measures).");
    Refusals.assertRefused(
        kpi.createIndicator(bad("m['gas.inspections.done'] / 2"), "en"),
        "formula",
        "kpi.formula.unknownMeasure",
        "Column 1: there is no measure \"gas.inspections.done\" (see the list of measures).");
    Refusals.assertRefused(
        kpi.createIndicator(bad("实际下载量 / 计划下载量"), "zh-CN"),
        "formula",
        "kpi.formula.unknownName",
        "第 1 列：公式不认识“实际下载量”。度量请写作 m['代码']，指标写作 i['代码']；可用函数为 min、max、abs、round。");
    Refusals.assertRefused(
        kpi.createIndicator(bad("m['app.downloads.actual'].getClass()"), "en"),
        "formula",
        "kpi.formula.memberAccess",
        "Column 26: \".\" reads a property or calls a method, which formulas cannot do. Write codes"
            + " with dots in quotes: m['app.downloads.actual'].");
    Refusals.assertRefused(
        kpi.createIndicator(bad("m['app.downloads.actual'] / (2 - 2)"), "en"),
        "formula",
        "kpi.formula.divisionByZero",
        "Column 27: this divides by zero.");
    for (String forbidden :
        List.of(
            "x = 1",
            "(x -> x)(1)",
            "${1}",
            "#{facesContext}",
            "{1, 2}",
            "1; 2",
            "Runtime.getRuntime()")) {
      assertEquals(400, kpi.createIndicator(bad(forbidden), "en").statusCode(), forbidden);
    }
    assertEquals(List.of(), indicators(kpi));

    // A loop through two indicators is named by their names, in the reader's language.
    kpi.indicator(formula("a", "渠道得分", "Channel points", "NUMBER", "m['app.downloads.actual']"));
    kpi.indicator(formula("b", "综合得分", "Overall points", "NUMBER", "i['a'] * 2"));
    Refusals.assertRefused(
        kpi.changeIndicator(
            "a", formula("a", "渠道得分", "Channel points", "NUMBER", "i['b'] + 1"), "zh-CN"),
        "formula",
        "kpi.formula.cycle",
        "第 1 列：形成了循环引用：渠道得分 → 综合得分 → 渠道得分。");
    Refusals.assertRefused(
        kpi.changeIndicator(
            "a", formula("a", "渠道得分", "Channel points", "NUMBER", "i['a'] + 1"), "en"),
        "formula",
        "kpi.formula.self",
        "Column 1: the formula of Channel points cannot use Channel points itself.");
    assertEquals(
        "m['app.downloads.actual']",
        Http.json(Http.get(kpi.uri("indicators/a"), Http.asTenant(tenant))).getString("formula"));
    Refusals.assertRefused(
        Http.delete(kpi.uri("indicators/a"), Http.asTenant(tenant, "Accept-Language", "en")),
        "code",
        "kpi.indicator.inUse",
        "The formulas of these indicators use it: b. Change them first.");
  }

  @Test
  void divisionByZeroClosedPeriodsAndOtherTenantsAreAnsweredClearly() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "kpi-edge", "app-ops");
    KpiApi kpi = new KpiApi(root, tenant);
    long wang = OrgApi.id(new OrgApi(root, tenant).createStaff("王五"));
    kpi.indicator(completion());

    // Planned zero: no value, with the reason, never an error or an infinity.
    kpi.entered(ACTUAL, "2026-09", wang, "10");
    kpi.entered(PLANNED, "2026-09", wang, "0");
    JsonObject zero = kpi.score(COMPLETION, "2026-09", wang, "en");
    assertEquals(null, value(zero, "value"));
    assertEquals(
        "The formula of Stage download completion divides by zero.",
        zero.getJsonObject("reason").getString("message"));
    JsonObject missing = kpi.score(COMPLETION, "2026-08", wang, "zh-CN");
    assertEquals("实际下载量在 2026-08 没有数值。", missing.getJsonObject("reason").getString("message"));

    // A closed period (or a closed year around it) refuses values; nothing is written.
    kpi.close("2026-10", true);
    Refusals.assertRefused(
        kpi.enter(ACTUAL, "2026-10", wang, "5", null, "en"),
        "period",
        "kpi.period.closed",
        "Period 2026-10 is closed: its values and targets can no longer change.");
    kpi.close("2025", true);
    Refusals.assertRefused(
        kpi.enter(ACTUAL, "2025-03", wang, "5", null, "zh-CN"),
        "period",
        "kpi.period.closed",
        "期间 2025 已关闭，其数值和目标不能再修改。");
    assertEquals(
        "[]",
        Http.get(kpi.uri("values/" + ACTUAL + "?period=2026-10"), Http.asTenant(tenant)).body());
    assertEquals(
        400,
        kpi.createTarget(KpiApi.linearTarget(COMPLETION, "2026-10", null, "0", "1", "120"))
            .statusCode());
    kpi.close("2026-10", false);
    assertEquals(200, kpi.enter(ACTUAL, "2026-10", wang, "5", null, "en").statusCode());

    // What is computed is not entered; a period must be one.
    Refusals.assertRefused(
        kpi.enter("core.approvals.decided", "2026-10", wang, "5", null, "en"),
        "value",
        "kpi.value.provided",
        "Approval decisions made is computed from the system's own data and cannot be entered.");
    Refusals.assertRefused(
        kpi.enter(COMPLETION, "2026-10", wang, "5", null, "zh-CN"),
        "value",
        "kpi.value.formula",
        "阶段下载量完成度由公式计算，不能手工录入。");
    Refusals.assertRefused(
        kpi.enter(ACTUAL, "2026-13", wang, "5", null, "en"),
        "period",
        "kpi.period.invalid",
        "\"2026-13\" is not a period: write a month such as 2026-11, a quarter such as 2026-Q4 or a"
            + " year such as 2026.");
    Refusals.assertRefused(
        kpi.createTarget(KpiApi.linearTarget(COMPLETION, "2026-11", null, "1", "0.5", "120")),
        "floor",
        "kpi.target.floorBelowTarget",
        "Where higher is better, the floor (score 0) lies below the target (score 100).");

    // Another tenant sees none of it.
    String other = TestTenants.signUp(root, "kpi-other", "app-ops");
    KpiApi theirs = new KpiApi(root, other);
    assertEquals(
        404, Http.get(theirs.uri("indicators/" + COMPLETION), Http.asTenant(other)).statusCode());
    assertEquals(404, theirs.scoreResponse(COMPLETION, "2026-09", wang, "en").statusCode());
    Refusals.assertRefused(
        theirs.enter(ACTUAL, "2026-09", wang, "1", null, "en"),
        "staffId",
        "kpi.subject.unknown",
        "There is no such staff member or unit (" + wang + ").");
    assertEquals(
        "[]",
        Http.get(theirs.uri("values/" + ACTUAL + "?period=2026-09"), Http.asTenant(other)).body());

    // Someone without a KPI permission is refused.
    HttpResponse<String> user =
        Http.post(
            root.resolve("api/v1/core/users"),
            Json.createObjectBuilder()
                .add("email", "nobody@" + tenant + ".example")
                .add("displayName", "Nobody")
                .add("password", ApprovalOrg.PASSWORD)
                .add("roles", Json.createArrayBuilder())
                .build()
                .toString(),
            Http.asTenant(tenant));
    assertEquals(201, user.statusCode(), user.body());
    assertEquals(
        403,
        Http.get(
                kpi.uri("indicators"),
                Http.asUser(tenant, "nobody@" + tenant + ".example", ApprovalOrg.PASSWORD))
            .statusCode());
  }

  private static JsonObject bad(String formula) {
    return KpiApi.formula("bad", "坏公式", "Bad formula", "NUMBER", formula);
  }

  private static List<String> indicators(KpiApi kpi) {
    HttpResponse<String> response = Http.get(kpi.uri("indicators"), Http.asTenant(kpi.tenant));
    assertEquals(200, response.statusCode(), response.body());
    return Http.jsonArray(response).getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("code"))
        .toList();
  }
}
