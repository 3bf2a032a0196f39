package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed application reports itself ready, live and measurable, and documents its API. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

  @ArquillianResource URL base;

  @Test
  void readinessIsUpWithTheDatabaseCheckAndMigratedSchema() throws Exception {
    HttpResponse<String> response = Http.get(server("/health/ready"));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject health = Http.json(response);
    assertEquals("UP", health.getString("status"));
    JsonObject database =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("database"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check in " + response.body()));
    assertEquals("UP", database.getString("status"));
    assertEquals(latestCoreMigration(), database.getJsonObject("data").getString("schema.core"));
  }

  @Test
  void livenessIsUp() throws Exception {
    HttpResponse<String> response = Http.get(server("/health/live"));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("UP", Http.json(response).getString("status"));
  }

  @Test
  void metricsAreExposed() throws Exception {
    HttpResponse<String> response = Http.get(server("/metrics"));

    assertEquals(200, response.statusCode());
    assertTrue(
        response.body().contains("jvm") || response.body().contains("base_"), response.body());
  }

  @Test
  void openApiDocumentDescribesTheRestApi() throws Exception {
    HttpResponse<String> response = Http.get(server("/openapi"));

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/v1/system"), response.body());
  }

  /** The highest version among core's migration files, e.g. "3" for V3__working_calendar.sql. */
  private static String latestCoreMigration() throws Exception {
    try (var files =
        java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("it.core.migrations")))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .max(Integer::compare)
          .map(String::valueOf)
          .orElseThrow();
    }
  }

  /** Health, metrics and OpenAPI are served by Payara at the server root, not under the app. */
  private URI server(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
