package com.opsuite.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values for the path parameters of an operation, taken from tenant B's data.
 *
 * <p>The generic rule: GET the parent collection as B (the path up to the parameter) and take an
 * item's {@code id} (or the field named like the parameter, e.g. {@code code}, {@code userId}),
 * preferring one tenant A's same list does not hold; where the parent is an item, its array named
 * like the path segment (a theft case's {@code evidence}). The explicit tables below are only for
 * what the generic rule cannot reach (no list endpoint) and for keys every tenant shares.
 */
final class SweepIds {

  /**
   * Keys every tenant has (a module, a year, a day): the operation acts on the caller's own row
   * under that key, so it proves isolation through B's unchanged data and unleaked marks, not
   * through a refusal.
   */
  static final Map<String, String> SHARED_KEYS =
      Map.ofEntries(
          Map.entry("/api/v1/core/modules/{id}", "app-ops"),
          // PUT creates the role when the tenant has none of that code: a name, not B's record.
          Map.entry("/api/v1/core/roles/{code}", "custom.isolation-sweep"),
          Map.entry("/api/v1/{scope}", "core"),
          Map.entry("/api/v1/core/org/templates/{module}", "online-ops"),
          Map.entry("/api/v1/core/approvals/chains/{type}", "core.expense-claim"),
          Map.entry("/api/v1/core/calendar/{year}", "2026"),
          Map.entry("/api/v1/core/calendar/days/{day}", "2026-03-02"),
          Map.entry("/api/v1/core/kpi/periods/{period}", "2026-03"),
          Map.entry("/api/v1/gas-inspection/plan/{year}", "2026"),
          Map.entry("/api/v1/online-ops/budgets/{year}", "2026"),
          Map.entry("/api/v1/online-ops/budgets/{year}/{category}", "PROMOTION"),
          Map.entry("/api/v1/online-ops/platform-data/{platformId}/{week}", "2026-W10"));

  /** B's rows where no list endpoint names them: parameter context → query (tenant as ?). */
  static final Map<String, String> FROM_ROWS =
      Map.ofEntries(
          Map.entry(
              "/api/v1/core/exports/{id}", "SELECT id FROM tenant_export WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/gas-inspection/hazards/notices/{no}",
              "SELECT notice_no FROM gas_hazard WHERE tenant_id = ? AND notice_no IS NOT NULL"),
          Map.entry(
              "/api/v1/gas-inspection/evidence/{id}",
              "SELECT id FROM gas_evidence WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/gas-inspection/inspections/{id}",
              "SELECT id FROM gas_inspection WHERE tenant_id = ? AND status = 'DRAFT'"),
          Map.entry(
              "/api/v1/gas-inspection/tasks/{id}",
              "SELECT id FROM gas_task WHERE tenant_id = ? AND status = 'OPEN'"),
          Map.entry(
              "/api/v1/gas-inspection/field-cases/meters/{id}",
              "SELECT id FROM gas_meter WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/core/appraisal/results/{id}",
              "SELECT id FROM appraisal_result WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/core/appraisal/evaluations/{id}",
              "SELECT e.id FROM appraisal_evaluation e JOIN staff_member s"
                  + " ON s.tenant_id = e.tenant_id AND s.id = e.evaluator_id"
                  + " WHERE e.tenant_id = ? AND s.name = 'admin'"),
          Map.entry(
              "/api/v1/core/approvals/delegations/{id}",
              "SELECT d.id FROM approval_delegation d JOIN user_account u"
                  + " ON u.tenant_id = d.tenant_id AND u.id = d.from_user_id"
                  + " WHERE d.tenant_id = ? AND u.email LIKE 'admin@%'"),
          Map.entry(
              "/api/v1/core/notifications/{id}",
              "SELECT n.id FROM notification n JOIN user_account u"
                  + " ON u.tenant_id = n.tenant_id AND u.id = n.user_id"
                  + " WHERE n.tenant_id = ? AND u.email LIKE 'admin@%'"),
          // A staff member who holds a position, so their assignments have one to end.
          Map.entry(
              "/api/v1/core/org/staff/{id}",
              "SELECT staff_id FROM position_assignment WHERE tenant_id = ?"),
          Map.entry("/api/v1/core/approvals/{id}", "SELECT id FROM approval WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/core/kpi/targets/{id}", "SELECT id FROM kpi_target WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/gas-inspection/certificates/{customerId}",
              "SELECT id FROM gas_customer WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/online-ops/improvement-actions/{id}",
              "SELECT id FROM online_improvement_action WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/online-ops/platform-data/{platformId}",
              "SELECT id FROM online_platform WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/online-ops/design-settlements/{id}",
              "SELECT id FROM online_design_settlement WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/core/appraisal/cycles/{id}",
              "SELECT id FROM appraisal_cycle WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/core/appraisal/templates/{code}",
              "SELECT code FROM appraisal_template WHERE tenant_id = ?"),
          Map.entry(
              "/api/v1/core/kpi/values/{series}",
              "SELECT code FROM kpi_indicator WHERE tenant_id = ? AND source = 'MANUAL'"));

  private final URI base;
  private final String tenantA;
  private final String tenantB;
  private final Map<String, Optional<String>> cache = new HashMap<>();

  /** Collection path → the id of B's taken from it: A's 2xx answer there must not hold it. */
  final Map<String, String> pickedFromLists = new HashMap<>();

  SweepIds(URI base, String tenantA, String tenantB) {
    this.base = base;
    this.tenantA = tenantA;
    this.tenantB = tenantB;
  }

  /** Parameter → B's value, or empty when some parameter has no value (the op is not covered). */
  Optional<Map<String, String>> resolve(ApiOperations.Operation op) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String param : op.pathParams()) {
      String context = context(op, param);
      Map<String, String> earlier = Map.copyOf(values);
      Optional<String> value =
          cache.computeIfAbsent(context + "|" + earlier, k -> value(context, param, earlier));
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.put(param, value.get());
    }
    return Optional.of(values);
  }

  /** Whether every path parameter is a key every tenant has, none an id of B's own. */
  static boolean sharedKeys(ApiOperations.Operation op) {
    return op.pathParams().stream().allMatch(p -> SHARED_KEYS.containsKey(context(op, p)));
  }

  /** The path up to and including the parameter, e.g. {@code /api/v1/core/org/units/{id}}. */
  private static String context(ApiOperations.Operation op, String param) {
    return op.path().substring(0, op.path().indexOf("{" + param + "}") + param.length() + 2);
  }

  private Optional<String> value(String context, String param, Map<String, String> earlier) {
    if (SHARED_KEYS.containsKey(context)) {
      return Optional.of(SHARED_KEYS.get(context));
    }
    if (FROM_ROWS.containsKey(context)) {
      return row(FROM_ROWS.get(context));
    }
    String parent = context.substring(0, context.lastIndexOf('/'));
    String collection = expand(parent, earlier);
    Optional<String> fromList = pick(list(collection, tenantB), list(collection, tenantA), param);
    if (fromList.isPresent()) {
      pickedFromLists.put(collection.substring(1), fromList.get());
      return fromList;
    }
    // The parent is an item holding the children in an array named like the segment.
    int slash = collection.lastIndexOf('/');
    String segment = collection.substring(slash + 1);
    String item = collection.substring(0, slash);
    JsonValue owner = get(item, tenantB);
    if (owner instanceof JsonObject o && o.get(segment) instanceof JsonArray children) {
      return pick(children, Json.createArrayBuilder().build(), param);
    }
    return Optional.empty();
  }

  private static String expand(String template, Map<String, String> values) {
    String path = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", e.getValue());
    }
    return path;
  }

  /** An item's value for the parameter, preferring one A's list does not hold. */
  private static Optional<String> pick(JsonArray ofB, JsonArray ofA, String param) {
    Set<String> taken = new java.util.HashSet<>();
    for (JsonValue v : ofA) {
      field(v, param).ifPresent(taken::add);
    }
    Optional<String> any = Optional.empty();
    for (JsonValue v : ofB) {
      Optional<String> value = field(v, param);
      if (value.isPresent() && !taken.contains(value.get())) {
        return value;
      }
      any = any.or(() -> value);
    }
    return any;
  }

  private static Optional<String> field(JsonValue item, String param) {
    if (!(item instanceof JsonObject o)) {
      return Optional.empty();
    }
    for (String name : List.of(param, "id")) {
      JsonValue v = o.get(name);
      if (v != null && v.getValueType() == JsonValue.ValueType.NUMBER) {
        return Optional.of(v.toString());
      }
      if (v != null && v.getValueType() == JsonValue.ValueType.STRING) {
        return Optional.of(o.getString(name));
      }
    }
    return Optional.empty();
  }

  /** The collection's items: the array itself, or the first array of objects in the answer. */
  private JsonArray list(String path, String tenant) {
    JsonValue answer = get(path, tenant);
    if (answer instanceof JsonArray array) {
      return array;
    }
    if (answer instanceof JsonObject o) {
      for (JsonValue v : o.values()) {
        if (v instanceof JsonArray a && !a.isEmpty() && a.get(0) instanceof JsonObject) {
          return a;
        }
      }
    }
    return Json.createArrayBuilder().build();
  }

  JsonValue get(String path, String tenant) {
    HttpResponse<String> r = Http.get(base.resolve(path.substring(1)), Http.asTenant(tenant));
    if (r.statusCode() != 200 || r.body().isBlank()) {
      return JsonValue.NULL;
    }
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      JsonStructure json = reader.read();
      return json;
    } catch (RuntimeException notJson) {
      return JsonValue.NULL;
    }
  }

  /** The first of B's values the same query does not find for A (keys seeded in both). */
  Optional<String> row(String sql) {
    try (Connection admin = TestDatabase.asAdmin()) {
      List<String> ofA = TestDatabase.strings(admin, sql, tenantA);
      return TestDatabase.strings(admin, sql + " ORDER BY 1", tenantB).stream()
          .filter(v -> !ofA.contains(v))
          .findFirst();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
