package com.opsuite.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Tenant A against every REST operation with tenant B's identifiers, and B's positive controls.
 *
 * <p>What A may answer: an operation whose path names B's record must answer 404 (the record does
 * not exist for A) or 403 (refused before the lookup); nothing else, not even 400 or 409, which
 * would mean A's request reached B's record. An operation without B's ids in the path (a list, a
 * create, a tenant-wide action, a key every tenant has) acts on A's own data: it must not fail with
 * 5xx, a 2xx answer must not carry B's mark, B's tenant code or B's record ids, and a body that
 * references B's ids ({@code ...Id} fields) must be refused (400, 403, 404 or 409).
 */
final class ApiSweep {

  /** Operations that carry no tenant data or take no tenant from the caller: never swept. */
  static final Map<String, String> EXCLUDED =
      Map.of(
          "POST /api/v1/auth/token", "token sign-in: names its tenant in the body, no caller yet",
          "POST /api/v1/platform/auth/token", "platform operator sign-in, no tenant",
          "POST /api/v1/signup", "creates a new tenant, no caller",
          "POST /api/v1/auth/password-reset", "unauthenticated; answers the same for any e-mail",
          "POST /api/v1/auth/password-reset/confirm",
              "unauthenticated; a reset token, no tenant id",
          "GET /api/v1/system", "version and health of the installation, no tenant data");

  /**
   * Valid bodies for actions whose input is not the record's representation (a flag, a date, a
   * choice): with them validation passes for B, so A's answer can only be about tenancy.
   */
  static final Map<String, String> BODIES =
      Map.ofEntries(
          Map.entry("PUT /api/v1/core/org/staff/{id}/active", "true"),
          Map.entry(
              "PUT /api/v1/core/org/staff/{id}/assignments/{assignment}/end", "\"2026-12-31\""),
          Map.entry("PUT /api/v1/core/users/{id}/active", "true"),
          Map.entry("PUT /api/v1/core/users/{id}/roles", "[\"core.tenant-admin\"]"),
          Map.entry(
              "POST /api/v1/gas-inspection/hazards/{id}/reinspection", "{\"rectified\":true}"),
          Map.entry("POST /api/v1/gas-inspection/inspections/{id}/complete", "{}"),
          Map.entry(
              "POST /api/v1/gas-inspection/inspections/{id}/entry-failed",
              "{\"reason\":\"NOT_HOME\"}"),
          Map.entry(
              "POST /api/v1/gas-inspection/theft-cases/{id}/actions", "{\"action\":\"CLOSED\"}"),
          Map.entry("PUT /api/v1/gas-inspection/tasks/{id}/assignee", "{\"assigneeId\":1}"),
          Map.entry(
              "POST /api/v1/core/approvals/{id}/actions",
              "{\"action\":\"comment\",\"comment\":\"isolation sweep\"}"),
          Map.entry(
              "PUT /api/v1/online-ops/platform-data/{platformId}/{week}",
              "{\"followers\":1,\"reads\":1,\"interactions\":1,\"visits\":1,\"conversions\":1}"));

  /**
   * Query parameters a read requires besides the ids (a KPI series is read for one period): with
   * them B's read succeeds, so A's refusal can only be about tenancy.
   */
  static final Map<String, String> REQUIRED_QUERY =
      Map.of(
          "GET /api/v1/core/kpi/values/{series}", "period=2026-03",
          "GET /api/v1/core/kpi/values/{series}/history", "period=2026-03");

  /** B's value for a query parameter that names a record, by the parameter's name. */
  static final Map<String, String> QUERY_IDS =
      Map.ofEntries(
          Map.entry("unitId", "SELECT id FROM org_unit WHERE tenant_id = ?"),
          Map.entry("departmentId", "SELECT id FROM org_unit WHERE tenant_id = ?"),
          Map.entry("staffId", "SELECT id FROM staff_member WHERE tenant_id = ?"),
          Map.entry("userId", "SELECT id FROM user_account WHERE tenant_id = ?"),
          Map.entry("ownerId", "SELECT id FROM user_account WHERE tenant_id = ?"),
          Map.entry("assigneeId", "SELECT id FROM user_account WHERE tenant_id = ?"),
          Map.entry("platformId", "SELECT id FROM online_platform WHERE tenant_id = ?"),
          Map.entry("platform", "SELECT id FROM online_platform WHERE tenant_id = ?"),
          Map.entry("areaId", "SELECT id FROM gas_area WHERE tenant_id = ?"),
          Map.entry("area", "SELECT id FROM gas_area WHERE tenant_id = ?"),
          Map.entry("meterId", "SELECT id FROM gas_meter WHERE tenant_id = ?"),
          Map.entry(
              "indicator",
              "SELECT code FROM kpi_indicator WHERE tenant_id = ? AND source = 'MANUAL'"));

  /** Platform operators' API: a tenant's token is refused there (checked, not resolved). */
  static final String PLATFORM = "/api/v1/platform/";

  private static final Pattern REFERENCE = Pattern.compile("\"\\w+Ids?\"\\s*:\\s*\\[?\\s*\\d");

  private final URI base;
  private final SweepIds ids;
  private final String tenantA;
  private final SweepTenantB b;
  final List<String> notCovered = new ArrayList<>();
  final List<String> failures = new ArrayList<>();
  final List<Attempt> attempts = new ArrayList<>();
  final Map<Integer, Integer> statusesOfA = new TreeMap<>();
  int swept;
  int queryReferences;

  /** One negative check and what B's positive control needs to repeat it. */
  record Attempt(ApiOperations.Operation op, String path, String body) {}

  ApiSweep(URI base, String tenantA, SweepTenantB b) {
    this.base = base;
    this.tenantA = tenantA;
    this.b = b;
    this.ids = new SweepIds(base, tenantA, b.tenant);
  }

  /** Resolves every operation's B ids and bodies; run before B's data is fingerprinted. */
  List<Attempt> prepare(List<ApiOperations.Operation> operations) {
    List<Attempt> prepared = new ArrayList<>();
    for (ApiOperations.Operation op : operations) {
      if (EXCLUDED.containsKey(op.key())) {
        continue;
      }
      if (op.path().startsWith(PLATFORM)) {
        Map<String, String> codes = new java.util.HashMap<>();
        op.pathParams().forEach(p -> codes.put(p, b.tenant));
        prepared.add(new Attempt(op, op.expand(codes), null));
        continue;
      }
      Optional<Map<String, String>> values = ids.resolve(op);
      if (values.isEmpty()) {
        notCovered.add(op.key());
        continue;
      }
      String query = REQUIRED_QUERY.get(op.key());
      String path = op.expand(values.get()) + (query == null ? "" : "?" + query);
      String body = BODIES.getOrDefault(op.key(), op.reads() ? null : representation(path));
      prepared.add(new Attempt(op, path, body));
      if (op.reads()) {
        prepared.addAll(queryReferences(op, path));
      }
    }
    return prepared;
  }

  /** A read again with each query parameter that names a record set to B's record. */
  private List<Attempt> queryReferences(ApiOperations.Operation op, String path) {
    List<Attempt> refs = new ArrayList<>();
    for (String param : op.query()) {
      String sql = QUERY_IDS.get(param);
      if (sql == null) {
        if (param.endsWith("Id")) {
          notCovered.add(op.key() + "?" + param);
        }
        continue;
      }
      String value = ids.row(sql).orElse(null);
      if (value == null) {
        notCovered.add(op.key() + "?" + param);
      } else {
        String separator = path.contains("?") ? "&" : "?";
        refs.add(new Attempt(op, path + separator + param + "=" + value, null));
        queryReferences++;
      }
    }
    return refs;
  }

  /**
   * B's own representation of what the operation addresses (the same path read as B), so the body
   * passes validation and only tenancy can refuse; for a create, an item of B's list. B's mark is
   * replaced: what A creates from it must not look like B's data leaking back.
   */
  private String representation(String path) {
    JsonValue own = ids.get("/" + path, b.tenant);
    String json = "{}";
    if (own instanceof JsonObject o) {
      json = o.toString();
    } else if (own instanceof jakarta.json.JsonArray a && !a.isEmpty()) {
      json = a.get(0).toString();
    }
    return json.replace(b.mark, "ISOA").replace(b.mark.toLowerCase(java.util.Locale.ROOT), "isoa");
  }

  /** Tenant A tries every prepared attempt. */
  void sweepAsA(List<Attempt> prepared) {
    String token = Http.token(base, tenantA, TestTenants.adminEmail(tenantA), TestTenants.PASSWORD);
    for (Attempt attempt : prepared) {
      ApiOperations.Operation op = attempt.op();
      HttpResponse<String> r = SweepCalls.call(base, op, attempt.path(), attempt.body(), token);
      swept++;
      statusesOfA.merge(r.statusCode(), 1, Integer::sum);
      String what = op.method() + " " + attempt.path() + " as A: " + r.statusCode();
      if (op.path().startsWith(PLATFORM)) {
        // Refused, or absent (the tenant-definitions endpoint exists only with a platform key).
        expect(List.of(401, 403, 404).contains(r.statusCode()), what, r);
      } else if (!op.pathParams().isEmpty() && !SweepIds.sharedKeys(op)) {
        attempts.add(attempt);
        expect(r.statusCode() == 404 || r.statusCode() == 403, what, r);
      } else {
        expect(r.statusCode() < 500, what, r);
        if (attempt.body() != null && REFERENCE.matcher(attempt.body()).find()) {
          expect(r.statusCode() / 100 != 2, what + " (body references B's ids)", r);
        }
      }
      if (r.statusCode() / 100 == 2) {
        leaks(what, op, attempt.path(), r.body());
      }
    }
  }

  /**
   * B's mark or tenant code in a 2xx answer to A, or, in A's read of a list, the id of B's that the
   * same list gave when read as B (ids are only compared within one kind of record).
   */
  private void leaks(String what, ApiOperations.Operation op, String path, String body) {
    if (body.contains(b.mark) || body.contains(b.tenant)) {
      failures.add(what + " shows B's data: " + abbreviate(body));
      return;
    }
    String id = ids.pickedFromLists.get(path);
    if (op.reads()
        && id != null
        && Pattern.compile("\"id\"\\s*:\\s*\"?" + Pattern.quote(id) + "\\b").matcher(body).find()) {
      failures.add(what + " lists B's id " + id + ": " + abbreviate(body));
    }
  }

  /**
   * B repeats every negative check with the same ids and body: a read must succeed (2xx), a change
   * or deletion must not be refused with 403 or 404 (it may fail validation: the body is B's own
   * representation, and an operation may require a version it does not carry). Reads first, then
   * changes, deletions last, so no control removes what a later one needs.
   */
  List<String> positiveControls() {
    String token = b.token();
    List<String> refused = new ArrayList<>();
    List<Attempt> ordered = new ArrayList<>(attempts);
    ordered.sort(Comparator.comparingInt(ApiSweep::order));
    for (Attempt attempt : ordered) {
      HttpResponse<String> r =
          SweepCalls.call(base, attempt.op(), attempt.path(), attempt.body(), token);
      boolean failed =
          attempt.op().reads()
              ? r.statusCode() / 100 != 2
              : r.statusCode() == 403 || r.statusCode() == 404;
      if (failed) {
        refused.add(
            attempt.op().method()
                + " "
                + attempt.path()
                + " as B: "
                + r.statusCode()
                + " "
                + abbreviate(r.body()));
      }
    }
    return refused;
  }

  private static int order(Attempt attempt) {
    return switch (attempt.op().method()) {
      case "GET" -> 0;
      case "DELETE" -> 2;
      default -> 1;
    };
  }

  private void expect(boolean held, String what, HttpResponse<String> r) {
    if (!held) {
      failures.add(what + " " + abbreviate(r.body()));
    }
  }

  static String abbreviate(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
  }
}
