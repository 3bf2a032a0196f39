package com.opsuite.bench.load;

import jakarta.json.JsonValue;
import java.util.List;

/** The big tenant's areas, which the list scenario filters by: read over REST before the run. */
final class BigTenantAreas {

  private final ProductApi api;
  private final String token;

  BigTenantAreas(ProductApi api, String token) {
    this.api = api;
    this.token = token;
  }

  List<Long> ids() {
    return api.get("api/v1/gas-inspection/areas", token).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getBoolean("active", true))
        .map(a -> a.getJsonNumber("id").longValue())
        .toList();
  }
}
