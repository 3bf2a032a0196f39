package com.opsuite.bench.load;

import com.opsuite.bench.data.TypicalTenants;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Open inspection tasks of the typical tenants' user, which the write scenario completes one each:
 * found through the user's own worklist ({@code tasks/mine}), tenant after tenant, and where a
 * tenant has none left, made by generating its annual plan for this, the next and the last year
 * (the plan's endpoint, as a supervisor would).
 */
final class InspectionTasks {

  /** Tenants tried at most: each costs a token sign-in. */
  private static final int MAX_TENANTS = 20;

  private final ProductApi api;
  private final TypicalTenants typical;

  InspectionTasks(ProductApi api, TypicalTenants typical) {
    this.api = api;
    this.typical = typical;
  }

  /** Up to {@code wanted} feeder records {@code token}, {@code taskId}; fewer if none are left. */
  List<Map<String, Object>> take(int wanted) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (String tenant : LoadRunner.writable(typical).stream().limit(MAX_TENANTS).toList()) {
      String token = api.token(tenant, typical.email(), typical.password());
      List<Long> open = open(token);
      if (open.size() < wanted - found.size()) {
        int year = LocalDate.now().getYear();
        for (int y : new int[] {year, year + 1, year - 1}) {
          api.post("api/v1/gas-inspection/plan/" + y, "{}", token, 200);
        }
        open = open(token);
      }
      for (long task : open) {
        if (found.size() == wanted) {
          return found;
        }
        found.add(Map.of("token", token, "taskId", task));
      }
    }
    return found;
  }

  /** The user's open tasks without a draft begun. */
  private List<Long> open(String token) {
    return api.get("api/v1/gas-inspection/tasks/mine", token).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(line -> line.get("draftInspectionId") == null || line.isNull("draftInspectionId"))
        .map((JsonObject line) -> line.getJsonNumber("taskId").longValue())
        .toList();
  }
}
