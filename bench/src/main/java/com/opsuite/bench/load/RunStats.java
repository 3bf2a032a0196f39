package com.opsuite.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one Gatling run measured, from its report's {@code js/stats.js}: all requests, or one group
 * of them by name. Gatling 3.13 writes no {@code stats.json} any more; {@code stats.js} holds the
 * same tree as a JavaScript literal (some keys unquoted, numbers as strings), which is turned back
 * into JSON here. Percentiles are those of {@code gatling.conf} (50, 95, 99) over the successful
 * responses, so failures, which the error rate counts, neither hide nor inflate them.
 */
final class RunStats {

  /** One line of the report: counts, rate and percentiles in milliseconds (NaN: none). */
  record Figures(
      long requests, long failed, double perSecond, double p50Ms, double p95Ms, double p99Ms) {

    double errorRate() {
      return requests == 0 ? 0 : (double) failed / requests;
    }

    /**
     * An open model's arrivals that had not completed when the run was stopped are in no Gatling
     * count: they are failures here (the product did not answer them in time).
     */
    Figures countingUnfinished(long offered) {
      long unfinished = Math.max(0, offered - requests);
      return new Figures(
          requests + unfinished, failed + unfinished, perSecond, p50Ms, p95Ms, p99Ms);
    }
  }

  private final JsonObject root;

  private RunStats(JsonObject root) {
    this.root = root;
  }

  private static final Pattern UNQUOTED_KEY =
      Pattern.compile("(?m)^(\\s*)(type|name|path|pathFormatted|stats|contents):");

  static RunStats read(Path statsJs) {
    String script;
    try {
      script = Files.readString(statsJs);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + statsJs, e);
    }
    int start = script.indexOf('{');
    int end = script.indexOf("\nfunction ");
    if (start < 0 || end < start) {
      throw new IllegalStateException("no statistics literal in " + statsJs);
    }
    String json = UNQUOTED_KEY.matcher(script.substring(start, end)).replaceAll("$1\"$2\":");
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return new RunStats(reader.readObject());
    }
  }

  /** Every request of the run. */
  Figures all() {
    return figures(root.getJsonObject("stats"));
  }

  /** The group of this name (its executions and their durations), searched at every level. */
  Figures group(String name) {
    return find(root, name)
        .map(g -> figures(g.getJsonObject("stats")))
        .orElseThrow(() -> new IllegalStateException("no group " + name + " in the report"));
  }

  private static Optional<JsonObject> find(JsonObject node, String name) {
    JsonObject contents = node.getJsonObject("contents");
    if (contents == null) {
      return Optional.empty();
    }
    for (JsonValue value : contents.values()) {
      JsonObject child = value.asJsonObject();
      if ("GROUP".equals(child.getString("type", "")) && name.equals(child.getString("name"))) {
        return Optional.of(child);
      }
      Optional<JsonObject> deeper = find(child, name);
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }

  private static Figures figures(JsonObject stats) {
    JsonObject counts = stats.getJsonObject("numberOfRequests");
    return new Figures(
        (long) number(counts, "total"),
        (long) number(counts, "ko"),
        number(stats.getJsonObject("meanNumberOfRequestsPerSecond"), "total"),
        number(stats.getJsonObject("percentiles1"), "ok"),
        number(stats.getJsonObject("percentiles2"), "ok"),
        number(stats.getJsonObject("percentiles3"), "ok"));
  }

  /** Gatling writes numbers as strings, and "-" where there was nothing to count. */
  private static double number(JsonObject figure, String which) {
    JsonValue value = figure.get(which);
    if (value instanceof JsonNumber n) {
      return n.doubleValue();
    }
    if (value instanceof JsonString text && !text.getString().equals("-")) {
      return Double.parseDouble(text.getString());
    }
    return "total".equals(which) || "ko".equals(which) ? 0 : Double.NaN;
  }
}
