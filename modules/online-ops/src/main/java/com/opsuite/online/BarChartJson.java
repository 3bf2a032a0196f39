package com.opsuite.online;

import com.opsuite.core.chart.ChartConfig;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A Chart.js bar chart as {@code p:chart} takes it, the way the module's pages draw them: series
 * side by side per label, sized by its box, no animation, the legend below.
 */
public final class BarChartJson {

  private BarChartJson() {}

  /** One series: its name, its values in label order, and its colour. */
  public static JsonObjectBuilder series(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  /**
   * The chart of the series over the labels; {@code yAxis}, when given, is Chart.js's {@code
   * scales.y} (e.g. begin at zero).
   */
  public static String of(
      JsonArrayBuilder labels, JsonArrayBuilder series, JsonObjectBuilder yAxis) {
    return ChartConfig.of(
        "bar", labels, series, yAxis == null ? null : Json.createObjectBuilder().add("y", yAxis));
  }
}
