package com.opsuite.core.chart;

import com.opsuite.core.text.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A Chart.js configuration as {@code p:chart} takes it, the way every page draws charts: sized by
 * its box, no animation, the legend below. Written with {@link ScriptJson}, since PrimeFaces puts
 * it inside a script element and its labels are stored names (areas, platforms, departments).
 */
public final class ChartConfig {

  private ChartConfig() {}

  /**
   * The chart of the datasets over the labels; {@code scales}, when given, is Chart.js's {@code
   * options.scales} (e.g. stacked axes, the y axis beginning at zero).
   */
  public static String of(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false);
    if (scales != null) {
      options.add("scales", scales);
    }
    options.add(
        "plugins",
        Json.createObjectBuilder()
            .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build());
  }
}
