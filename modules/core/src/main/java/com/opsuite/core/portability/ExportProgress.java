package com.opsuite.core.portability;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows done of rows counted, per table, of one running export. Written by the export's thread and
 * saved (as JSON) into the export's row at most about once a second, where any instance reads it.
 */
final class ExportProgress {

  private final Map<String, long[]> tables = new LinkedHashMap<>();

  synchronized void counted(String table, long rows) {
    tables.put(table, new long[] {rows, 0});
  }

  synchronized void advanced(String table, long done) {
    tables.get(table)[1] = done;
  }

  synchronized long rowsTotal() {
    return tables.values().stream().mapToLong(t -> t[0]).sum();
  }

  synchronized long rowsDone() {
    return tables.values().stream().mapToLong(t -> t[1]).sum();
  }

  synchronized String toJson() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    tables.forEach(
        (table, counts) ->
            list.add(
                Json.createObjectBuilder()
                    .add("table", table)
                    .add("rows", counts[0])
                    .add("done", counts[1])));
    return list.build().toString();
  }

  static List<TableProgress> parse(String json) {
    List<TableProgress> result = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      for (JsonObject t : reader.readArray().getValuesAs(JsonObject.class)) {
        result.add(
            new TableProgress(
                t.getString("table"),
                t.getJsonNumber("rows").longValue(),
                t.getJsonNumber("done").longValue()));
      }
    }
    return result;
  }
}
