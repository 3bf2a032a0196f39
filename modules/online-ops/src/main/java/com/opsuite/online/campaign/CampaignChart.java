package com.opsuite.online.campaign;

import com.opsuite.core.chart.ChartConfig;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The live figures over time as a Chart.js line chart for {@code p:chart}: one line per metric, one
 * point per reading time; a metric not read at a time leaves a gap the line spans.
 */
final class CampaignChart {

  private static final List<String> COLOURS =
      List.of("#2563eb", "#dc2626", "#16a34a", "#ea580c", "#7c3aed", "#0891b2");
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  private CampaignChart() {}

  static String lines(List<CampaignFigure> figures, ZoneId zone) {
    TreeSet<Instant> times = new TreeSet<>();
    Map<String, Map<Instant, BigDecimal>> byMetric = new TreeMap<>();
    for (CampaignFigure f : figures) {
      times.add(f.getMeasuredAt());
      byMetric
          .computeIfAbsent(f.getMetric(), m -> new TreeMap<>())
          .put(f.getMeasuredAt(), f.getValue());
    }
    List<String> labels = new ArrayList<>();
    times.forEach(t -> labels.add(LABEL.format(t.atZone(zone))));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (Map.Entry<String, Map<Instant, BigDecimal>> metric : byMetric.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Instant t : times) {
        BigDecimal v = metric.getValue().get(t);
        if (v == null) {
          data.addNull();
        } else {
          data.add(v);
        }
      }
      String colour = COLOURS.get(i++ % COLOURS.size());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", metric.getKey())
              .add("data", data)
              .add("spanGaps", true)
              .add("borderColor", colour)
              .add("backgroundColor", colour));
    }
    return ChartConfig.of(
        "line",
        Json.createArrayBuilder(labels),
        datasets,
        Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
  }
}
