package com.opsuite.web.kpi;

import com.opsuite.core.chart.ChartConfig;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configuration {@code p:chart} draws: the value as bars and the target as a line over
 * the periods. Percentages are plotted as percent points so the axis reads like the table.
 */
final class ScoreChart {

  private ScoreChart() {}

  record Point(String period, BigDecimal value, BigDecimal target) {}

  static String json(List<Point> points, String valueLabel, String targetLabel, boolean percent) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder targets = Json.createArrayBuilder();
    for (Point p : points) {
      labels.add(p.period());
      add(values, p.value(), percent);
      add(targets, p.target(), percent);
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "bar")
                    .add("label", valueLabel)
                    .add("data", values)
                    .add("backgroundColor", "rgba(37, 99, 235, 0.6)")
                    .add("order", 2))
            .add(
                Json.createObjectBuilder()
                    .add("type", "line")
                    .add("label", targetLabel)
                    .add("data", targets)
                    .add("borderColor", "#dc2626")
                    .add("backgroundColor", "#dc2626")
                    .add("spanGaps", true)
                    .add("order", 1));
    return ChartConfig.of("bar", labels, datasets, null);
  }

  private static void add(JsonArrayBuilder list, BigDecimal value, boolean percent) {
    if (value == null) {
      list.addNull();
    } else {
      list.add(percent ? value.movePointRight(2) : value);
    }
  }
}
