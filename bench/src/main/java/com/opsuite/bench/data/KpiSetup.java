package com.opsuite.bench.data;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * KPI measures of the template: two manual monthly indicators with a value for each of the first
 * staff members in each of the last three months, entered through the values API.
 */
final class KpiSetup {

  private static final List<String> INDICATORS = List.of("bench-visits", "bench-quality");

  private final RestClient admin;

  KpiSetup(RestClient admin) {
    this.admin = admin;
  }

  void build(List<Long> staffIds, YearMonth thisMonth, int staffWithValues) {
    for (String code : INDICATORS) {
      admin.created(
          "core/kpi/indicators",
          Json.createObjectBuilder()
              .add("code", code)
              .add("nameZh", "指标 " + code)
              .add("nameEn", "Indicator " + code)
              .add("unit", "POINTS")
              .add("direction", "HIGHER_IS_BETTER")
              .add("periodKind", "MONTH")
              .add("source", "MANUAL")
              .build());
    }
    List<Long> staff = staffIds.subList(0, Math.min(staffWithValues, staffIds.size()));
    for (int back = 1; back <= 3; back++) {
      String period = thisMonth.minusMonths(back).toString();
      for (String code : INDICATORS) {
        for (int i = 0; i < staff.size(); i++) {
          admin.put(
              "core/kpi/values/" + code,
              Json.createObjectBuilder()
                  .add("period", period)
                  .add("staffId", staff.get(i))
                  .add("value", BigDecimal.valueOf(60 + (i * 7 + back * 3) % 40))
                  .build());
        }
      }
    }
  }
}
