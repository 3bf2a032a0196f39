package com.opsuite.online.cadence;

import com.opsuite.core.chart.ChartConfig;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The weekly compliance chart for {@code p:chart} (Chart.js): rule-periods met and missed per week
 * as stacked bars, so a bad week stands out in red without reading numbers.
 */
final class ComplianceChart {

  private ComplianceChart() {}

  static String json(List<CadenceService.WeekShare> weeks, String metLabel, String missedLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder met = Json.createArrayBuilder();
    JsonArrayBuilder missed = Json.createArrayBuilder();
    for (CadenceService.WeekShare w : weeks) {
      labels.add(w.isoWeek());
      met.add(w.met());
      missed.add(w.missed());
    }
    var stacked = Json.createObjectBuilder().add("stacked", true);
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", metLabel)
                    .add("data", met)
                    .add("backgroundColor", "#16a34a"))
            .add(
                Json.createObjectBuilder()
                    .add("label", missedLabel)
                    .add("data", missed)
                    .add("backgroundColor", "#dc2626"));
    return ChartConfig.of(
        "bar",
        labels,
        datasets,
        Json.createObjectBuilder()
            .add("x", stacked)
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("stacked", true)
                    .add("beginAtZero", true)
                    .add("ticks", Json.createObjectBuilder().add("precision", 0))));
  }
}
