package com.opsuite.it;

import com.opsuite.it.FuzzOperations.Operation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tenant the sweep fuzzes: every module enabled, the {@link ApprovalOrg} company with its
 * people, a gas utility's registry and field records and online-ops' records ({@link
 * FuzzOnlineRecords}), so path parameters resolve to real records and bodies can name real ids.
 * Also a neighbour tenant the sweep must never touch.
 */
final class FuzzTenant {

  static final List<String> MODULES =
      List.of("gas-inspection", "online-ops", "dental-ops", "app-ops");

  /**
   * Operations left out, with the reason: fuzzing them would end the sweep's own access, not test
   * anything about bad input.
   */
  static final Map<String, String> SKIPPED =
      Map.of(
          "PUT api/v1/core/account/password",
          "each wrong current password counts towards the sweep's own account lockout",
          "POST api/v1/core/account/totp/disable",
          "each wrong password counts towards the sweep's own account lockout");

  final URI root;
  final String code;
  final String neighbour;
  final ApprovalOrg org;

  /** Ids of the tenant's records for body fields of that name. */
  final Map<String, Long> ids = new HashMap<>();

  private final Map<String, String> resolved = new HashMap<>();
  private final Set<String> unresolved = new TreeSet<>();
  private final String token;

  FuzzTenant(URI root, List<Operation> operations) {
    this.root = root;
    this.org = new ApprovalOrg(root, "fuzz", MODULES.toArray(String[]::new));
    this.code = org.tenant;
    this.neighbour = TestTenants.signUp(root, "fuzz-nb", "gas-inspection");
    this.token = Http.token(root, code, TestTenants.adminEmail(code), TestTenants.PASSWORD);
    ids.put("parentId", org.companyId);
    ids.put("unitId", org.departmentId);
    ids.put("positionId", org.managerPosition);
    ids.put("reportsToId", org.headPosition);
    ids.put("userId", org.person("clerk").userId());
    ids.put("staffId", org.person("clerk").staffId());
    GasCompany gas = GasCompany.of(root, code);
    long area = gas.area("FZ-A", "Fuzz area");
    long customer = gas.household("FZ-0001", area, "1 Fuzz Road");
    GasCompany.Person inspector = gas.user("fuzz-inspector", "inspector");
    gas.inspector(inspector, "FZ-BADGE", area);
    long task = gas.task("REVISIT", customer, area, inspector.userId(), LocalDate.now(), "FZ-T");
    long inspection =
        gas.inspection(customer, inspector, "COMPLETED", OffsetDateTime.now().minusDays(1));
    gas.hazard(inspection, customer, "hose", "OPEN", LocalDate.now().plusDays(7), null);
    gas.theftCase("FZ-C1", customer, "UNDER_REVIEW", inspector, OffsetDateTime.now().minusDays(2));
    FuzzOnlineRecords.create(org);
    ids.put("areaId", area);
    ids.put("customerId", customer);
    ids.put("taskId", task);
    ids.put("inspectionId", inspection);
    ids.put("inspectorId", inspector.userId());
    ids.put("assigneeId", inspector.userId());
  }

  String token() {
    return token;
  }

  /**
   * Parameters the sweep does not send, with the reason; any other parameter outside path and query
   * fails the sweep.
   */
  static final Map<String, String> PARAMETERS_LEFT_OUT =
      Map.of(
          "header:Content-Type",
          "the media type of an upload, whose bodies the upload tests send",
          "header:X-Opsuite-Platform-Key",
          "the platform operator's key, which the authentication tests refuse",
          "header:Content-Length",
          "the length of the body sent, set by the HTTP client (TenantExportImportIT announces 3 GB"
              + " over a socket)");

  /** Path parameters no record could be found for, by operation. */
  Set<String> unresolved() {
    return unresolved;
  }

  /**
   * A real value for the operation's path parameter: the last record of the collection the path
   * leads through (its {@code id}, or the field of the parameter's name such as {@code code}), else
   * a known value for names that are not records (a module, a date), else "0" (recorded).
   */
  String pathValue(Operation op, String name) {
    String path = op.path();
    int at = path.indexOf("/{" + name + "}");
    String prefix = path.substring(0, at);
    for (int i = prefix.indexOf('{'); i >= 0; i = prefix.indexOf('{')) {
      String earlier = prefix.substring(i + 1, prefix.indexOf('}', i));
      prefix = prefix.replace("{" + earlier + "}", pathValue(op, earlier));
    }
    String collection = prefix;
    String key = collection + "|" + name;
    String value = resolved.get(key);
    if (value == null) {
      value = known(op, name).or(() -> fromCollection(collection, name)).orElse(null);
      if (value == null) {
        unresolved.add(op + ": {" + name + "}");
        return "0";
      }
      resolved.put(key, value);
    }
    return value;
  }

  private Optional<String> known(Operation op, String name) {
    if (op.path().startsWith("api/v1/core/modules/")) {
      // A module whose switching off (an empty body may mean "off") takes no API with it.
      return Optional.of("dental-ops");
    }
    return switch (name) {
      case "module" -> Optional.of("dental-ops");
      case "scope" -> Optional.of("core");
      case "period" -> Optional.of(YearMonth.now().toString());
      case "date", "day" -> Optional.of(LocalDate.now().toString());
      case "year" -> Optional.of(String.valueOf(LocalDate.now().getYear()));
      default -> Optional.empty();
    };
  }

  private Optional<String> fromCollection(String collection, String name) {
    HttpResponse<String> list =
        Http.get(root.resolve(collection), Http.bearer(token, "Accept", "application/json"));
    if (list.statusCode() != 200 || list.body().isBlank()) {
      return Optional.empty();
    }
    JsonStructure json;
    try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
      json = reader.read();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    List<JsonValue> items = items(json);
    if (items.isEmpty() && ids.containsKey(name)) {
      return Optional.of(String.valueOf(ids.get(name)));
    }
    for (int i = items.size() - 1; i >= 0; i--) {
      if (items.get(i) instanceof JsonObject item) {
        for (String field : List.of(name, "id", "code", "key")) {
          JsonValue v = item.get(field);
          if (v != null && v.getValueType() != JsonValue.ValueType.NULL) {
            return Optional.of(
                v instanceof jakarta.json.JsonString s ? s.getString() : v.toString());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The records of a list answer: the array itself, or the first array property of an object. */
  private static List<JsonValue> items(JsonStructure json) {
    if (json.getValueType() == JsonValue.ValueType.ARRAY) {
      return json.asJsonArray();
    }
    for (JsonValue v : json.asJsonObject().values()) {
      if (v.getValueType() == JsonValue.ValueType.ARRAY) {
        return v.asJsonArray();
      }
    }
    return List.of();
  }
}
