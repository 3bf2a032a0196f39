package com.opsuite.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The EAR deploys on full Payara Server and serves the same product as the WAR on Payara Micro:
 * ready (database included) and the start page rendered. Uses a domain of its own on a port base of
 * its own, so a running development instance is not disturbed.
 */
class FullServerDeploymentIT {

  private static final String DOMAIN = "opsuite-it";
  private static final int PORT_BASE = 28000;
  private static final int ADMIN_PORT = PORT_BASE + 48;
  private static final URI HTTP = URI.create("http://localhost:" + (PORT_BASE + 80) + "/");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path payara;

  @BeforeAll
  static void deployEarOnFullServer() throws Exception {
    payara = Path.of(System.getProperty("it.payara.home"));
    dropTestDatabase();
    if (Files.isDirectory(payara.resolve("glassfish/domains/" + DOMAIN))) {
      asadmin(false, "delete-domain", DOMAIN);
    }
    asadmin(
        true,
        "create-domain",
        "--nopassword=true",
        "--portbase",
        String.valueOf(PORT_BASE),
        DOMAIN);
    asadmin(true, "start-domain", DOMAIN);
    asadmin(true, "--port", String.valueOf(ADMIN_PORT), "deploy", System.getProperty("it.ear"));
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (payara != null) {
      asadmin(false, "stop-domain", DOMAIN);
    }
  }

  @Test
  void applicationIsReadyWithItsDatabase() throws Exception {
    HttpResponse<String> ready = awaitReady();

    assertEquals(200, ready.statusCode(), ready.body());
    try (JsonReader reader = Json.createReader(new StringReader(ready.body()))) {
      JsonObject health = reader.readObject();
      assertEquals("UP", health.getString("status"));
      String coreVersion =
          health
              .getJsonArray("checks")
              .getJsonObject(0)
              .getJsonObject("data")
              .getString("schema.core");
      assertTrue(Integer.parseInt(coreVersion) >= 1, "core schema migrated: " + ready.body());
    }
  }

  @Test
  void startPageRendersWithPrimeFaces() throws Exception {
    awaitReady();
    HttpResponse<String> page = get(HTTP, "Accept-Language", "en");

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Run your operations department in one place"), page.body());
    assertTrue(page.body().contains("primefaces"), "PrimeFaces resources are referenced");
  }

  /** Readiness as soon as it is UP, or the last answer after 90 s. */
  private static HttpResponse<String> awaitReady() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      try {
        HttpResponse<String> ready = get(HTTP.resolve("/health/ready"));
        if (ready.statusCode() == 200 || System.nanoTime() > deadline) {
          return ready;
        }
      } catch (IOException notListeningYet) {
        if (System.nanoTime() > deadline) {
          throw notListeningYet;
        }
      }
      Thread.sleep(500);
    }
  }

  private static HttpResponse<String> get(URI uri, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void asadmin(boolean mustSucceed, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(payara.resolve("bin/asadmin").toString());
    command.add("--interactive=false");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The server JVM inherits this environment. A full server validates the persistence unit (and
    // so opens the pool) while deploying, before the EAR's own configuration is visible: the
    // database settings are given at server level, as an operator of a full server does.
    Map<String, String> env = builder.environment();
    env.put("OPSUITE_DB_URL", System.getProperty("it.db.url"));
    env.put("OPSUITE_DB_ADMIN_USER", System.getProperty("it.db.admin-user"));
    env.put("OPSUITE_DB_ADMIN_DATABASE", "postgres");
    env.put("OPSUITE_DB_OWNER_USER", "opsuite_owner");
    env.put("OPSUITE_DB_OWNER_PASSWORD", "opsuite_owner");
    env.put("OPSUITE_DB_APP_USER", "opsuite_app");
    env.put("OPSUITE_DB_APP_PASSWORD", "opsuite_app");
    env.put("OPSUITE_DB_PROVISION", "true");
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (mustSucceed && (!finished || process.exitValue() != 0)) {
      throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed:\n" + output);
    }
  }

  private static void dropTestDatabase() throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(System.getProperty("it.db.url"));
    String name = ds.getDatabaseName();
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("it.db.url").replace("/" + name, "/postgres"),
                System.getProperty("it.db.admin-user"),
                "");
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
    }
  }
}
