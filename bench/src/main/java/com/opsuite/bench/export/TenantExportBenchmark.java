package com.opsuite.bench.export;

import com.opsuite.bench.data.GasBulkLoad;
import com.opsuite.bench.data.StepClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant export and import at scale, through the running product's API: the big gas tenant of the
 * data generator (customers with a meter and a card each, and their purchases), exported with
 * {@code POST /api/v1/core/exports} (progress polled once a second and printed), the archive
 * downloaded, and imported by the platform operator as a new tenant whose row count is compared
 * with the source's. Prints export time, rows per second, archive size and import time.
 *
 * <pre>
 * TenantExportBenchmark http://127.0.0.1:18516/ "jdbc:postgresql://127.0.0.1:5432/db?user=postgres" \
 *   customers purchases-per-customer operator-password
 * </pre>
 */
public final class TenantExportBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String SOURCE = "bench-gas-export";
  private static final String COPY = "bench-gas-import";
  private static final String ADMIN_EMAIL = "admin@bench-export.example";
  private static final String PASSWORD = "Bench-passw0rd";
  private static final int AREAS = 10;

  private TenantExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String superuser = args[1];
    int customers = Integer.parseInt(args[2]);
    int purchases = Integer.parseInt(args[3]);
    String operatorPassword = args[4];

    long rows;
    String token;
    try (Connection db = DriverManager.getConnection(superuser)) {
      token = gasTenant(base, db, customers, purchases);
      rows = tenantRows(db, SOURCE);
    }
    System.out.printf("tenant %s: %,d tenant-owned rows%n", SOURCE, rows);

    long start = System.nanoTime();
    HttpResponse<String> posted = send(request(base, "api/v1/core/exports", token).POST(none()));
    expect(202, posted);
    String id = json(posted.body()).getString("id");
    JsonObject status;
    do {
      Thread.sleep(1000);
      status =
          json(expect(200, send(request(base, "api/v1/core/exports/" + id, token).GET())).body());
      System.out.printf(
          "  %5.1f s  %-8s %,d of %,d rows%n",
          seconds(start),
          status.getString("status"),
          status.getJsonNumber("rowsDone").longValue(),
          status.getJsonNumber("rowsTotal").longValue());
    } while (status.getString("status").equals("RUNNING"));
    if (!status.getString("status").equals("DONE")) {
      throw new IllegalStateException("export failed: " + status);
    }
    // The export's own clock: from its request to the archive's completion, as saved.
    double exportSeconds =
        Duration.between(
                    java.time.Instant.parse(status.getString("requestedAt")),
                    java.time.Instant.parse(status.getString("finishedAt")))
                .toMillis()
            / 1000.0;
    long exported = status.getJsonNumber("rowsTotal").longValue();
    long bytes = status.getJsonNumber("archiveBytes").longValue();

    Path archive = Files.createTempFile("opsuite-bench-export-", ".zip");
    try {
      long download = System.nanoTime();
      HttpResponse<Path> file =
          HTTP.send(
              request(base, "api/v1/core/exports/" + id + "/archive", token).GET().build(),
              HttpResponse.BodyHandlers.ofFile(archive));
      if (file.statusCode() != 200) {
        throw new IllegalStateException("download: " + file.statusCode());
      }
      double downloadSeconds = seconds(download);

      String operator =
          token(base, "api/v1/platform/auth/token", null, "operator", operatorPassword);
      long importStart = System.nanoTime();
      HttpResponse<String> accepted =
          send(
              request(base, "api/v1/platform/tenant-imports?code=" + COPY, operator)
                  .header("Content-Type", "application/zip")
                  .POST(HttpRequest.BodyPublishers.ofFile(archive)));
      String importId = json(expect(202, accepted).body()).getString("id");
      double acceptedSeconds = seconds(importStart);
      JsonObject imported;
      do {
        Thread.sleep(1000);
        imported =
            json(
                expect(
                        200,
                        send(
                            request(base, "api/v1/platform/tenant-imports/" + importId, operator)
                                .GET()))
                    .body());
        System.out.printf(
            "  %5.1f s  %-8s %,d of %,d rows%n",
            seconds(importStart),
            imported.getString("status"),
            imported.getJsonNumber("rowsDone").longValue(),
            imported.getJsonNumber("rowsTotal").longValue());
      } while (imported.getString("status").equals("RUNNING"));
      if (!imported.getString("status").equals("DONE")) {
        throw new IllegalStateException("import failed: " + imported);
      }
      double importSeconds = seconds(importStart);
      long copied;
      try (Connection db = DriverManager.getConnection(superuser)) {
        copied = tenantRows(db, COPY);
      }
      System.out.printf(
          "export: %,d rows in %.1f s (%,.0f rows/s), archive %,d bytes (%.1f MiB);"
              + " download %.1f s; import: upload and check %.1f s, in all %.1f s (%,.0f rows/s),"
              + " %,d rows in %s (%s)%n",
          exported,
          exportSeconds,
          exported / exportSeconds,
          bytes,
          bytes / 1048576.0,
          downloadSeconds,
          acceptedSeconds,
          importSeconds,
          exported / importSeconds,
          copied,
          COPY,
          // The archive's rows (the source's plus the export's own audit entry) and the import's.
          copied == exported + 1
              ? "the archive's, plus the import's audit entry"
              : "DIFFERENT from " + exported);
    } finally {
      Files.deleteIfExists(archive);
    }
  }

  /**
   * Signs the gas tenant up and makes its areas through the API, then generates its customers,
   * meters, cards and purchases set-based in SQL with the data generator's own statements; answers
   * a token of its first administrator, who holds {@code core.tenant.export}.
   */
  private static String gasTenant(URI base, Connection superuser, int customers, int purchases)
      throws Exception {
    HttpResponse<String> signup =
        send(
            HttpRequest.newBuilder(base.resolve("api/v1/signup"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder()
                            .add("companyName", "Bench export gas utility")
                            .add("tenantCode", SOURCE)
                            .add("adminName", "Bench administrator")
                            .add("email", ADMIN_EMAIL)
                            .add("password", PASSWORD)
                            .add("modules", Json.createArrayBuilder().add("gas-inspection"))
                            .build()
                            .toString())));
    expect(201, signup);
    String token = token(base, "api/v1/auth/token", SOURCE, ADMIN_EMAIL, PASSWORD);
    List<Long> areas = new ArrayList<>();
    for (int a = 1; a <= AREAS; a++) {
      HttpResponse<String> area =
          send(
              request(base, "api/v1/gas-inspection/areas", token)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"code\":\"A" + a + "\",\"name\":\"Area " + a + "\"}")));
      areas.add(json(expect(201, area).body()).getJsonNumber("id").longValue());
    }
    new GasBulkLoad(superuser, SOURCE, new StepClock(System.out))
        .load(areas, customers, purchases, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    try (Statement st = superuser.createStatement()) {
      st.execute("VACUUM (ANALYZE)");
    }
    return token;
  }

  private static long tenantRows(Connection db, String tenant) throws SQLException {
    StringBuilder sum = new StringBuilder("SELECT 0");
    int tables = 0;
    try (ResultSet rs =
        db.createStatement()
            .executeQuery(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND column_name = 'tenant_id' AND table_name <> 'tenant_export'")) {
      while (rs.next()) {
        sum.append(" + (SELECT count(*) FROM ")
            .append(rs.getString(1))
            .append(" WHERE tenant_id = ?)");
        tables++;
      }
    }
    try (PreparedStatement ps = db.prepareStatement(sum.toString())) {
      for (int i = 1; i <= tables; i++) {
        ps.setString(i, tenant);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String token(URI base, String path, String tenant, String user, String password)
      throws IOException, InterruptedException {
    var body = Json.createObjectBuilder().add("username", user).add("password", password);
    if (tenant != null) {
      body.add("tenant", tenant);
    }
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())));
    return json(expect(200, r).body()).getString("access_token");
  }

  private static HttpRequest.Builder request(URI base, String path, String token) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofMinutes(30))
        .header("Authorization", "Bearer " + token);
  }

  private static HttpRequest.BodyPublisher none() {
    return HttpRequest.BodyPublishers.noBody();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().uri() + ": " + r.statusCode() + " " + r.body());
    }
    return r;
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
