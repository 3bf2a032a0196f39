package com.opsuite.gas.report;

import com.opsuite.core.chart.ChartConfig;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The Chart.js configurations {@code p:chart} draws on the dashboard. */
final class DashboardCharts {

  private static final String PLANNED_COLOUR = "rgba(148, 163, 184, 0.8)";
  private static final String DONE_COLOUR = "rgba(37, 99, 235, 0.75)";

  private DashboardCharts() {}

  /** One labelled series of numbers. */
  record Series(String label, List<? extends Number> data, String colour) {}

  /** Planned against done, side by side per label. */
  static String plannedVsDone(
      List<String> labels,
      String plannedLabel,
      List<Long> planned,
      String doneLabel,
      List<Long> done) {
    return chart(
        "bar",
        labels,
        List.of(
            new Series(plannedLabel, planned, PLANNED_COLOUR),
            new Series(doneLabel, done, DONE_COLOUR)));
  }

  static String line(List<String> labels, String label, List<Long> data) {
    return chart("line", labels, List.of(new Series(label, data, "#dc2626")));
  }

  static String bars(List<String> labels, String label, List<Long> data) {
    return chart("bar", labels, List.of(new Series(label, data, "rgba(234, 88, 12, 0.75)")));
  }

  private static String chart(String type, List<String> labels, List<Series> series) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      s.data().forEach(n -> values.add(n.longValue()));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", values)
              .add("backgroundColor", s.colour())
              .add("borderColor", s.colour()));
    }
    JsonObjectBuilder ticks = Json.createObjectBuilder().add("precision", 0);
    return ChartConfig.of(
        type,
        Json.createArrayBuilder(labels),
        datasets,
        Json.createObjectBuilder()
            .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("ticks", ticks)));
  }
}
