package com.opsuite.it;

import static com.opsuite.it.OrgApi.id;
import static com.opsuite.it.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A module's default organisation: applied once it is enabled, in the tenant's language, with the
 * module's roles as the positions' rights; applying again creates nothing, and never brings back or
 * overwrites what the tenant renamed or deleted.
 */
@ExtendWith(ArquillianExtension.class)
class OrgTemplatesIT {

  @ArquillianResource URL base;

  @Test
  void theTemplateCreatesTheModulesUnitsAndPositionsOnceAndRespectsTheTenantsEdits()
      throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "org-tpl");
    OrgApi org = new OrgApi(root, tenant);

    assertRefused(
        apply(org, "dental-ops", "en"),
        "module",
        "org.template.moduleNotEnabled",
        "Enable the module before applying its organisation.");
    assertRefused(
        apply(org, "dental-ops", "zh-CN"),
        "module",
        "org.template.moduleNotEnabled",
        "请先启用该模块，再应用其组织架构模板。");
    assertEquals(1, org.units().size(), "only the company");
    assertEquals(1, org.positions().size(), "only its general manager");

    enable(root, tenant, "dental-ops");
    assertEquals(Map.of("created", 13, "skipped", 0), result(apply(org, "dental-ops", "en")));

    JsonObject company = org.company();
    Map<String, JsonObject> units = byName(org.units(), "name");
    JsonObject marketing = units.get("网络营销部");
    assertEquals("DEPARTMENT", marketing.getString("kind"));
    assertEquals(id(company), marketing.getJsonNumber("parentId").longValue());
    for (String group : List.of("推广组", "内容组", "客服组", "数据分析组")) {
      assertEquals("GROUP", units.get(group).getString("kind"), group);
      assertEquals(id(marketing), units.get(group).getJsonNumber("parentId").longValue(), group);
    }
    assertEquals(6, units.size());

    Map<String, JsonObject> positions = byName(org.positions(), "title");
    assertEquals(9, positions.size(), positions.keySet().toString());
    JsonObject manager = positions.get("部门经理");
    assertEquals(head(marketing), id(manager), "the department's head");
    assertEquals(head(company), manager.getJsonNumber("reportsToId").longValue());
    assertEquals(List.of("dental-ops.department-manager"), roles(manager));
    assertEquals("<p>制定推广计划与渠道预算，审核内容，考核各组。</p>", manager.getString("duties"));
    JsonObject lead = positions.get("推广组组长");
    assertEquals(head(units.get("推广组")), id(lead));
    assertEquals(id(manager), lead.getJsonNumber("reportsToId").longValue());
    assertEquals(List.of("dental-ops.promotion-specialist"), roles(lead));
    JsonObject specialist = positions.get("推广专员");
    assertEquals(id(units.get("推广组")), specialist.getJsonNumber("unitId").longValue());
    assertEquals(id(lead), specialist.getJsonNumber("reportsToId").longValue());
    assertEquals(2, specialist.getInt("headcount"));
    assertEquals(List.of("dental-ops.promotion-specialist"), roles(specialist));
    assertEquals(3, positions.get("网络客服").getInt("headcount"));
    assertEquals(13, templateItems(tenant));

    assertEquals(Map.of("created", 0, "skipped", 5), result(apply(org, "dental-ops", "en")));
    assertEquals(6, org.units().size());
    assertEquals(9, org.positions().size());

    // The tenant renames one position, deletes another and a whole group.
    JsonObject writer = positions.get("内容专员");
    HttpResponse<String> renamed =
        org.put(
            "positions/" + id(writer),
            OrgApi.edit(writer).add("title", "文案").add("headcount", 5).build());
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals(204, org.delete("positions/" + id(positions.get("网络客服"))).statusCode());
    assertEquals(204, org.delete("units/" + id(units.get("数据分析组"))).statusCode());

    assertEquals(Map.of("created", 0, "skipped", 5), result(apply(org, "dental-ops", "en")));
    Map<String, JsonObject> after = byName(org.positions(), "title");
    assertEquals(5, after.get("文案").getInt("headcount"), "the rename is kept");
    assertFalse(after.containsKey("内容专员"), "not created again under its old name");
    assertFalse(after.containsKey("网络客服"), "not brought back");
    assertFalse(after.containsKey("数据分析组组长"));
    assertFalse(byName(org.units(), "name").containsKey("数据分析组"));
    assertEquals(7, after.size());
  }

  @Test
  void aSecondModuleJoinsTheDepartmentOfTheSameNameInsteadOfDuplicatingIt() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "org-tpl2", "online-ops", "gas-inspection");
    OrgApi org = new OrgApi(root, tenant);
    assertEquals(Map.of("created", 7, "skipped", 0), result(apply(org, "online-ops", "en")));
    int units = org.units().size();

    // gas-inspection's department is also 运营部: its three positions join the existing one.
    assertEquals(Map.of("created", 3, "skipped", 0), result(apply(org, "gas-inspection", "en")));
    assertEquals(units, org.units().size(), "no second 运营部");
    JsonObject department = byName(org.units(), "name").get("运营部");
    Map<String, JsonObject> positions = byName(org.positions(), "title");
    JsonObject supervisor = positions.get("稽查主管");
    JsonObject inspector = positions.get("安检员");
    assertEquals(id(department), supervisor.getJsonNumber("unitId").longValue());
    assertEquals(id(department), inspector.getJsonNumber("unitId").longValue());
    assertEquals(
        department.getJsonNumber("headPositionId").longValue(),
        supervisor.getJsonNumber("reportsToId").longValue(),
        "the supervisor reports to the department's head, the operations director");
    assertEquals(id(supervisor), inspector.getJsonNumber("reportsToId").longValue());
    assertEquals(List.of("gas-inspection.inspector"), roles(inspector));

    assertEquals(Map.of("created", 0, "skipped", 1), result(apply(org, "gas-inspection", "en")));
  }

  private static HttpResponse<String> apply(OrgApi org, String module, String language) {
    return org.post(
        "templates/" + module, Json.createObjectBuilder().build(), "Accept-Language", language);
  }

  private static Map<String, Integer> result(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    JsonObject result = Http.json(response);
    return Map.of("created", result.getInt("created"), "skipped", result.getInt("skipped"));
  }

  private static void enable(URI root, String tenant, String module) {
    HttpResponse<String> response =
        Http.put(
            root.resolve("api/v1/core/modules/" + module),
            "{\"enabled\":true}",
            Http.asTenant(tenant));
    assertEquals(200, response.statusCode(), response.body());
  }

  private static Map<String, JsonObject> byName(List<JsonObject> items, String field) {
    return items.stream().collect(Collectors.toMap(o -> o.getString(field), Function.identity()));
  }

  private static List<String> roles(JsonObject position) {
    return position.getJsonArray("roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static long head(JsonObject unit) {
    return unit.getJsonNumber("headPositionId").longValue();
  }

  private static int templateItems(String tenant) throws Exception {
    try (Connection db = TestDatabase.asAdmin()) {
      List<String> keys =
          TestDatabase.strings(
              db, "SELECT item_key FROM org_template_item WHERE tenant_id = ?", tenant);
      assertTrue(keys.contains("dental-ops:unit:marketing"), keys.toString());
      assertTrue(keys.contains("dental-ops:unit:customer-service"), keys.toString());
      assertTrue(keys.contains("dental-ops:position:customer-service"), keys.toString());
      return keys.size();
    }
  }
}
