package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Tenant B of the isolation sweep: all four modules, and a record of every kind the API names by
 * id, built with the modules' own fixtures (through the API where the record has a workflow,
 * directly in the database where it is history), uploads included: inspection photos and a
 * signature, theft-case evidence, an expense claim's invoice. Names carry {@link #mark} so a leak
 * into tenant A's answers is recognisable.
 */
final class SweepTenantB {

  static final String[] MODULES = {"online-ops", "gas-inspection", "dental-ops", "app-ops"};

  final ApprovalOrg org;
  final String tenant;
  final String mark;
  private final URI root;

  SweepTenantB(URI root, String prefix) {
    this.root = root;
    this.org = new ApprovalOrg(root, prefix, MODULES);
    this.tenant = org.tenant;
    this.mark = "ISOB" + tenant.substring(tenant.lastIndexOf('-') + 1);
    core();
    gas();
    online();
    export();
  }

  /** A finished export of all of the above, so B has an export and an archive to be asked for. */
  private void export() {
    HttpResponse<String> started =
        Http.post(root.resolve("api/v1/core/exports"), "", Http.asTenant(tenant));
    assertEquals(202, started.statusCode(), started.body());
    TenantArchives.Followed followed =
        TenantArchives.follow(
            root, tenant, Http.json(started).getString("id"), Duration.ofSeconds(120));
    assertEquals("DONE", followed.last().getString("status"), followed.last().toString());
  }

  private void core() {
    ok(put("core/roles/custom." + mark.toLowerCase(), "{\"permissions\":[\"core.audit.read\"]}"));
    ok(put("core/calendar/days/2026-03-02", "{\"kind\":\"REST\",\"note\":\"" + mark + "\"}"));
    KpiApi kpi = new KpiApi(root, tenant);
    String indicator = "isob-" + mark.toLowerCase();
    kpi.indicator(KpiApi.manual(indicator, mark + " 指标", mark + " indicator"));
    kpi.entered(indicator, "2026-03", org.person("clerk").staffId(), "5");
    kpi.target(KpiApi.linearTarget(indicator, "2026-03", null, "0", "10", "100"));
    ok(
        post(
            "core/approvals/delegations",
            Json.createObjectBuilder()
                .add("toUserId", org.person("manager2").userId())
                .add("startsOn", LocalDate.now().toString())
                .add("endsOn", LocalDate.now().plusDays(7).toString())
                .build()
                .toString()));
    ok(
        post(
            "core/appraisal/templates",
            AppraisalIT.singleIndicatorTemplate(
                    "isob-tpl", indicator, mark + " 考核", mark + " appraisal")
                .toString()));
    // The administrator on the staff too, so the cycle gives them an evaluation of their own.
    long adminStaff =
        GasCompany.of(root, tenant)
            .staff(new GasCompany.Person("admin", TestTenants.adminEmail(tenant), adminUserId()));
    ok(
        post(
            "core/appraisal/cycles",
            Json.createObjectBuilder()
                .add("template", "isob-tpl")
                .add("period", "2026-03")
                .add(
                    "staffIds",
                    Json.createArrayBuilder().add(org.person("clerk").staffId()).add(adminStaff))
                .build()
                .toString()));
    // manager1 lets the administrator act for them: the administrator is told of their steps.
    ok(
        Http.post(
            root.resolve("api/v1/core/approvals/delegations"),
            Json.createObjectBuilder()
                .add("toUserId", adminUserId())
                .add("startsOn", LocalDate.now().toString())
                .add("endsOn", LocalDate.now().plusDays(7).toString())
                .build()
                .toString(),
            org.as("manager1")));
    org.claim("clerk", mark + "-EC", 8000);
  }

  private long adminUserId() {
    return Http.jsonArray(Http.get(root.resolve("api/v1/core/users"), Http.asTenant(tenant)))
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .filter(u -> u.getString("email").equals(TestTenants.adminEmail(tenant)))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private void gas() {
    GasCompany gas = GasCompany.of(root, tenant);
    long area = gas.area("B1", mark + " district");
    GasField field = new GasField(gas, area);
    GasCompany.Person inspector = field.inspector("insp", "B-" + mark);
    long task = field.taskFor(inspector, "C-" + mark, mark + " Road 1");
    long inspection = GasField.id(field.start("insp", task));
    long version = GasField.version(field.get("insp", inspection));
    HttpResponse<String> saved =
        field.save("insp", inspection, version, GasField.allPassExcept("hose"));
    ok(saved);
    ok(field.photo("insp", inspection, "hose", GasField.jpeg(), "image/jpeg"));
    ok(field.signature("insp", inspection, GasField.png()));
    ok(field.complete("insp", inspection));
    // A second visit, left as the administrator's draft: B's controls may change it.
    GasCompany.Person admin =
        new GasCompany.Person("admin", TestTenants.adminEmail(tenant), adminUserId());
    gas.inspector(admin, "A-" + mark, area);
    long open = field.taskFor(admin, "D-" + mark, mark + " Road 2");
    ok(post("gas-inspection/inspections", "{\"taskId\":" + open + "}"));
    long customer = gas.household("E-" + mark, area, mark + " Road 3");
    ok(
        post(
            "gas-inspection/hazards/notices",
            Json.createObjectBuilder()
                .add("inspectionId", inspection)
                .add("deadlineOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString())
                .build()
                .toString()));
    HttpResponse<String> theft =
        post(
            "gas-inspection/theft-cases",
            Json.createObjectBuilder()
                .add("customerId", customer)
                .add("kind", "BROKEN_SEAL")
                .add("description", mark + " seal cut")
                .build()
                .toString());
    ok(theft);
    long theftCase = Http.json(theft).getJsonObject("theftCase").getJsonNumber("id").longValue();
    ok(
        SweepCalls.upload(
            root.resolve("api/v1/gas-inspection/theft-cases/" + theftCase + "/evidence?name=b.png"),
            GasField.png(),
            token()));
    ok(
        post(
            "gas-inspection/field-cases/occupations",
            Json.createObjectBuilder()
                .add("location", mark + " shed")
                .add("structure", "Shed")
                .add("ownerName", mark)
                .build()
                .toString()));
    ok(
        post(
            "gas-inspection/field-cases/alterations",
            Json.createObjectBuilder()
                .add("customerId", customer)
                .add("kind", "WATER_HEATER")
                .add("description", mark + " heater")
                .add("deadlineOn", LocalDate.now().plusDays(10).toString())
                .build()
                .toString()));
    ok(
        post(
            "gas-inspection/certificates/" + customer + "/entries",
            Json.createObjectBuilder()
                .add("kind", "INSPECTION")
                .add("result", mark + " passed")
                .build()
                .toString()));
    gas.purchase("P-" + mark, customer, LocalDate.now().minusDays(3));
    gas.blacklisted(customer, LocalDate.now().minusMonths(2), null);
  }

  private void online() {
    OnlineCompany co = new OnlineCompany(org);
    co.grant("manager1", "operations-manager");
    long site = co.platform("WEBSITE", mark + " site", "manager1");
    co.occasion("EVENT", mark + " day", LocalDate.now(), LocalDate.now().plusDays(3));
    co.published(mark + " story", "ARTICLE", "manager1", java.time.Instant.now(), site);
    ok(
        put(
            "online-ops/platforms/" + site + "/credential",
            OnlinePlatformsData.credential(mark + "-account", "Secret-" + mark, mark)));
    ok(put("online-ops/platforms/" + site + "/publishers/" + co.userId("clerk"), "{}"));
    ok(
        post(
            "online-ops/content",
            OnlineContentData.draft(mark + " draft", "ARTICLE", false, site).build().toString()));
    OnlineCampaignsData campaigns = new OnlineCampaignsData(co);
    long campaign = campaigns.running(mark + " campaign", "1000", "5000");
    ok(campaigns.task(campaign, mark + " task", "manager1", LocalDate.now().plusDays(5)));
    new OnlineMeetingsData(co)
        .action("2026-03", mark + " action", "manager1", LocalDate.now().plusDays(9), "OPEN");
    ok(
        post(
            "online-ops/cadence/columns",
            "{\"platformId\": " + site + ", \"name\": \"" + mark + " column\"}"));
    co.grant("reviewer1", "content-editor");
    HttpResponse<String> ticket =
        post(
            "online-ops/tickets",
            OnlineTicketsData.ticket("INQUIRY", mark + " question", null).build().toString());
    ok(ticket);
    ok(
        Http.post(
            root.resolve("api/v1/online-ops/design-requests"),
            Json.createObjectBuilder()
                .add("title", mark + " poster")
                .add("purpose", "Posters")
                .add("specs", "A2")
                .add("deadline", LocalDate.now().plusDays(20).toString())
                .add("departmentId", org.departmentId)
                .build()
                .toString(),
            org.as("reviewer1")));
    settlement(co);
    HttpResponse<String> claim =
        post(
            "online-ops/expense-claims",
            Json.createObjectBuilder()
                .add("category", "PROMOTION")
                .add("amount", new BigDecimal("120"))
                .add("spentOn", LocalDate.now().toString())
                .add("description", mark + " leaflets")
                .build()
                .toString());
    ok(claim);
    ok(
        SweepCalls.upload(
            root.resolve(
                "api/v1/online-ops/expense-claims/"
                    + Http.json(claim).getJsonNumber("id").longValue()
                    + "/invoice"),
            OnlineDesignData.PDF,
            token(),
            "application/pdf"));
  }

  private void settlement(OnlineCompany co) {
    co.insert(
        "online_design_settlement",
        "INSERT INTO online_design_settlement (tenant_id, id, month, total, prepared_by, status)"
            + " VALUES (?, ?, DATE '2026-02-01', 120, ?, 'SIGNED')",
        adminUserId());
  }

  String token() {
    return Http.token(root, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
  }

  private HttpResponse<String> post(String path, String json) {
    return Http.post(root.resolve("api/v1/" + path), json, Http.asTenant(tenant));
  }

  private HttpResponse<String> put(String path, String json) {
    return Http.put(root.resolve("api/v1/" + path), json, Http.asTenant(tenant));
  }

  private static void ok(HttpResponse<String> response) {
    assertEquals(2, response.statusCode() / 100, response.uri() + ": " + response.body());
  }
}
