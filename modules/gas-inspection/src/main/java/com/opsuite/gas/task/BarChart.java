package com.opsuite.gas.task;

import com.opsuite.core.chart.ChartConfig;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A Chart.js configuration for {@code p:chart}: labels and one or more series of whole numbers, the
 * first as bars, a second as bars beside it (like core's KPI dashboard, built with JSON-P).
 */
public final class BarChart {

  private static final List<String> COLOURS =
      List.of("rgba(37, 99, 235, 0.6)", "#16a34a", "#dc2626");

  private BarChart() {}

  public record Series(String label, List<Long> values) {}

  public static String json(String type, List<String> labels, List<Series> series) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      series.get(i).values().forEach(data::add);
      JsonObjectBuilder set =
          Json.createObjectBuilder()
              .add("label", series.get(i).label())
              .add("data", data)
              .add("backgroundColor", COLOURS.get(i % COLOURS.size()))
              .add("borderColor", COLOURS.get(i % COLOURS.size()));
      datasets.add(set);
    }
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    return ChartConfig.of(type, labelArray, datasets, null);
  }
}
