package com.opsuite.online.meeting;

import com.opsuite.online.BarChartJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js configurations {@code p:chart} draws on the meetings page: per platform, the period
 * beside the one before (as the gas dashboard builds its charts, with JSON-P).
 */
final class PackCharts {

  private static final String PREVIOUS_COLOUR = "rgba(148, 163, 184, 0.8)";
  private static final String CURRENT_COLOUR = "rgba(37, 99, 235, 0.75)";

  private PackCharts() {}

  static String currentVsPrevious(
      List<MeetingPack.PlatformFigures> platforms,
      Function<MeetingPack.PlatformFigures, Comparison> pick,
      String currentLabel,
      String previousLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder current = Json.createArrayBuilder();
    JsonArrayBuilder previous = Json.createArrayBuilder();
    for (MeetingPack.PlatformFigures p : platforms) {
      Comparison c = pick.apply(p);
      labels.add(p.name());
      current.add(c.current() == null ? 0 : c.current());
      previous.add(c.previous() == null ? 0 : c.previous());
    }
    return BarChartJson.of(
        labels,
        Json.createArrayBuilder()
            .add(BarChartJson.series(previousLabel, previous, PREVIOUS_COLOUR))
            .add(BarChartJson.series(currentLabel, current, CURRENT_COLOUR)),
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0)));
  }
}
