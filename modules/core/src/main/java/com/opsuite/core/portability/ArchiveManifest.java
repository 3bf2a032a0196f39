package com.opsuite.core.portability;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a tenant archive: what wrote it (format and version), whose data it is,
 * when it was taken, the schema version of core and every module (an import needs the same ones,
 * since the entries are PostgreSQL binary COPY streams of exactly these columns), and per table its
 * entry, columns, row count, size and SHA-256 of the entry's bytes.
 */
record ArchiveManifest(
    String format,
    int formatVersion,
    TenantRow tenant,
    Instant createdAt,
    Map<String, String> schemaVersions,
    List<Entry> entries) {

  static final String NAME = "manifest.json";
  static final String FORMAT = "opsuite-tenant-archive";
  static final int VERSION = 1;

  /** The tenant's own registry row (not tenant-owned, so not a table entry). */
  record TenantRow(String code, String name, String locale, String timeZone) {}

  /** One table's entry. */
  record Entry(
      String table, String path, List<String> columns, long rows, long bytes, String sha256) {}

  static String entryPath(String table) {
    return "tables/" + table + ".pgcopy";
  }

  void write(OutputStream out) {
    JsonObjectBuilder versions = Json.createObjectBuilder();
    schemaVersions.forEach(versions::add);
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Entry e : entries) {
      list.add(
          Json.createObjectBuilder()
              .add("table", e.table())
              .add("entry", e.path())
              .add("columns", Json.createArrayBuilder(e.columns()))
              .add("rows", e.rows())
              .add("bytes", e.bytes())
              .add("sha256", e.sha256()));
    }
    JsonObject json =
        Json.createObjectBuilder()
            .add("format", format)
            .add("formatVersion", formatVersion)
            .add(
                "tenant",
                Json.createObjectBuilder()
                    .add("code", tenant.code())
                    .add("name", tenant.name())
                    .add("locale", tenant.locale())
                    .add("timeZone", tenant.timeZone()))
            .add("createdAt", createdAt.toString())
            .add("schemaVersions", versions)
            .add("entries", list)
            .build();
    Json.createWriter(out).write(json);
  }

  /** Reads a manifest; a malformed one is an {@link IllegalArgumentException}. */
  static ArchiveManifest read(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      JsonObject json = reader.readObject();
      JsonObject tenant = json.getJsonObject("tenant");
      Map<String, String> versions = new LinkedHashMap<>();
      json.getJsonObject("schemaVersions")
          .forEach((module, v) -> versions.put(module, ((JsonString) v).getString()));
      List<Entry> entries =
          json.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
              .map(
                  e ->
                      new Entry(
                          e.getString("table"),
                          e.getString("entry"),
                          e.getJsonArray("columns").getValuesAs(JsonString.class).stream()
                              .map(JsonString::getString)
                              .toList(),
                          e.getJsonNumber("rows").longValueExact(),
                          e.getJsonNumber("bytes").longValueExact(),
                          e.getString("sha256")))
              .toList();
      return new ArchiveManifest(
          json.getString("format"),
          json.getInt("formatVersion"),
          new TenantRow(
              tenant.getString("code"),
              tenant.getString("name"),
              tenant.getString("locale"),
              tenant.getString("timeZone")),
          Instant.parse(json.getString("createdAt")),
          versions,
          entries);
    } catch (RuntimeException e) {
      // JSON-P's parse and type errors, a missing member (NPE), a bad instant or number.
      throw new IllegalArgumentException("malformed manifest", e);
    }
  }

  long totalRows() {
    return entries.stream().mapToLong(Entry::rows).sum();
  }
}
