package com.opsuite.online.cadence;

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
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
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
                                .add("backgroundColor", "#dc2626"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", stacked)
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }
}
