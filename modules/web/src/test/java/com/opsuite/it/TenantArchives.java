package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Tenant archives for the export and import tests: the export API followed to its end, the download
 * and the operator's import as bytes, an archive's entries, and what the database holds per
 * tenant-owned table (read as the administrator, past row-level security).
 */
final class TenantArchives {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TenantArchives() {}

  /** A status and a text body. */
  record Answer(int status, String body) {
    JsonObject json() {
      return Json.createReader(new java.io.StringReader(body)).readObject();
    }
  }

  /** An export followed to its end: every status seen while polling, and the last one. */
  record Followed(List<JsonObject> seen, JsonObject last, long millis) {}

  static Followed follow(URI root, String tenant, String id, Duration timeout) {
    List<JsonObject> seen = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (true) {
      HttpResponse<String> status =
          Http.get(root.resolve("api/v1/core/exports/" + id), Http.asTenant(tenant));
      assertEquals(200, status.statusCode(), status.body());
      JsonObject json = Http.json(status);
      seen.add(json);
      if (!json.getString("status").equals("RUNNING") || System.nanoTime() > deadline) {
        return new Followed(seen, json, (System.nanoTime() - start) / 1_000_000);
      }
      pause();
    }
  }

  static HttpResponse<byte[]> download(URI root, String tenant, String id) {
    return send(
        HttpRequest.newBuilder(root.resolve("api/v1/core/exports/" + id + "/archive"))
            .header("Authorization", "Bearer " + adminToken(root, tenant))
            .GET());
  }

  /** A GET of the API answered as bytes, as the user. */
  static HttpResponse<byte[]> bytes(
      URI root, String tenant, String email, String password, String path) {
    return send(
        HttpRequest.newBuilder(root.resolve("api/v1/" + path))
            .header("Authorization", "Bearer " + Http.token(root, tenant, email, password))
            .GET());
  }

  /** The operator's import of the archive as the tenant {@code code}, answered in the language. */
  static Answer importAs(URI root, String code, byte[] archive, String language) {
    HttpResponse<byte[]> response =
        send(
            HttpRequest.newBuilder(root.resolve("api/v1/platform/tenant-imports?code=" + code))
                .header("Authorization", "Bearer " + PlatformOperatorIT.operatorToken(root))
                .header("Content-Type", "application/zip")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
    return new Answer(response.statusCode(), text(response.body()));
  }

  /**
   * An accepted import (202) followed to its end by polling its Location as the operator: every
   * status seen, and the last one.
   */
  static Followed awaitImport(URI root, Answer accepted, Duration timeout) {
    assertEquals(202, accepted.status(), accepted.body());
    String id = accepted.json().getString("id");
    String operator = PlatformOperatorIT.operatorToken(root);
    List<JsonObject> seen = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (true) {
      HttpResponse<byte[]> status =
          send(
              HttpRequest.newBuilder(root.resolve("api/v1/platform/tenant-imports/" + id))
                  .header("Authorization", "Bearer " + operator)
                  .header("Accept-Language", "en")
                  .GET());
      assertEquals(200, status.statusCode(), text(status.body()));
      JsonObject json = new Answer(200, text(status.body())).json();
      seen.add(json);
      if (!json.getString("status").equals("RUNNING") || System.nanoTime() > deadline) {
        return new Followed(seen, json, (System.nanoTime() - start) / 1_000_000);
      }
      pause();
    }
  }

  /** The archive's entries by name, in order. */
  static Map<String, byte[]> entries(byte[] archive) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static JsonObject manifest(byte[] archive) {
    return Json.createReader(new ByteArrayInputStream(entries(archive).get("manifest.json")))
        .readObject();
  }

  /** The same archive with one entry's bytes changed by {@code change}. */
  static byte[] changed(byte[] archive, String entry, UnaryOperator<byte[]> change) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries(archive).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getKey().equals(entry) ? change.apply(e.getValue()) : e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every table with a {@code tenant_id} column, but the export bookkeeping. */
  static List<String> tenantTables(Connection db) throws SQLException {
    return TestDatabase.strings(
        db,
        "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
            + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
            + " AND t.table_type = 'BASE TABLE' WHERE c.table_schema = 'public'"
            + " AND c.column_name = 'tenant_id' AND c.table_name <> 'tenant_export'"
            + " ORDER BY 1");
  }

  /** Rows per table of the tenant. */
  static Map<String, Long> counts(Connection db, String tenant) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tenantTables(db)) {
      try (var ps = db.prepareStatement("SELECT count(*) FROM " + table + " WHERE tenant_id = ?")) {
        ps.setString(1, tenant);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  private static String adminToken(URI root, String tenant) {
    return Http.token(root, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(
          request.timeout(Duration.ofSeconds(120)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
