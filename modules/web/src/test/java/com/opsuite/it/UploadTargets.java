package com.opsuite.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;

/**
 * The upload operations of the product as its own OpenAPI document describes them: an operation
 * whose request body is a multipart form or raw bytes. A JSON body accepted under any type is no
 * upload.
 */
final class UploadTargets {

  private UploadTargets() {}

  /** {@code "POST /api/v1/..."} of every upload operation, sorted. */
  static TreeSet<String> discover(URI root) {
    HttpResponse<String> document = openApi(root);
    if (document.statusCode() != 200) {
      throw new AssertionError("GET /openapi: " + document.statusCode() + " " + document.body());
    }
    JsonObject openApi = Http.json(document);
    JsonObject paths = openApi.getJsonObject("paths");
    JsonObject components = openApi.getJsonObject("components");
    JsonObject schemas = components == null ? null : components.getJsonObject("schemas");
    TreeSet<String> uploads = new TreeSet<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        if (operation.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
          continue;
        }
        JsonObject requestBody = operation.getValue().asJsonObject().getJsonObject("requestBody");
        if (requestBody != null && isUpload(requestBody.getJsonObject("content"), schemas)) {
          // Paths may carry the application's context root before /api/.
          String address = path.getKey().substring(Math.max(0, path.getKey().indexOf("/api/")));
          uploads.add(operation.getKey().toUpperCase() + " " + address);
        }
      }
    }
    return uploads;
  }

  /** The document as JSON; its first request scans every jar, which takes a while. */
  private static HttpResponse<String> openApi(URI root) {
    HttpRequest request =
        HttpRequest.newBuilder(root.resolve("/openapi?format=JSON"))
            .header("Accept", "application/json")
            .timeout(Duration.ofMinutes(3))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Multipart or octet-stream content, a binary schema, or a body of any non-JSON type that is not
   * described as an object with properties (a raw {@code InputStream} has no such schema; a JSON
   * record accepted under any type does).
   */
  private static boolean isUpload(JsonObject content, JsonObject schemas) {
    if (content == null) {
      return false;
    }
    for (Map.Entry<String, JsonValue> type : content.entrySet()) {
      if (type.getKey().startsWith("multipart/")
          || type.getKey().equals("application/octet-stream")) {
        return true;
      }
      JsonObject schema = type.getValue().asJsonObject().getJsonObject("schema");
      if (schema != null && schema.containsKey("$ref")) {
        String ref = schema.getString("$ref");
        schema =
            schemas == null ? null : schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
      }
      boolean json = type.getKey().contains("json");
      if ("binary".equals(schema == null ? "" : schema.getString("format", ""))
          || (!json && (schema == null || !schema.containsKey("properties")))) {
        return true;
      }
    }
    return false;
  }
}
