package com.opsuite.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The REST operations the product declares in its own OpenAPI document ({@code GET /openapi}), with
 * their path and query parameters and the JSON schema of their request body ({@code $ref}s
 * resolved), so a sweep covers every operation there is, including ones added after it was written.
 */
final class FuzzOperations {

  private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

  /** A parameter: its name and schema. */
  record Param(String name, JsonObject schema) {}

  /**
   * One operation: method, path below the application (e.g. {@code api/v1/core/org/units/{id}}),
   * its parameters by location (any other location is listed in {@code otherParams}), and its body:
   * the schema of a JSON body, or the media types of a body of another kind.
   */
  record Operation(
      String method,
      String path,
      List<Param> pathParams,
      List<Param> queryParams,
      List<String> otherParams,
      JsonObject jsonBody,
      List<String> otherBodyTypes) {

    boolean hasJsonBody() {
      return jsonBody != null;
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  private final JsonObject schemas;

  private FuzzOperations(JsonObject document) {
    JsonObject components = document.getJsonObject("components");
    this.schemas =
        components == null || !components.containsKey("schemas")
            ? JsonValue.EMPTY_JSON_OBJECT
            : components.getJsonObject("schemas");
  }

  /** Every operation of the application's API ({@code api/...}) in the server's document. */
  static List<Operation> discover(URI serverRoot) throws IOException, InterruptedException {
    HttpResponse<String> response = fetch(serverRoot.resolve("/openapi"));
    if (response.statusCode() != 200) {
      throw new AssertionError("GET /openapi: " + response.statusCode() + " " + response.body());
    }
    JsonObject document = Http.json(response);
    FuzzOperations reader = new FuzzOperations(document);
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      int api = path.getKey().indexOf("api/");
      if (api < 0) {
        continue;
      }
      JsonObject item = path.getValue().asJsonObject();
      for (String method : METHODS) {
        if (item.containsKey(method)) {
          // A parameter's pattern ({year: \d{4}}) is not part of its name.
          String template = path.getKey().substring(api).replaceAll("\\{(\\w+)\\s*:[^/]*}", "{$1}");
          operations.add(reader.operation(method, template, item, item.getJsonObject(method)));
        }
      }
    }
    return operations;
  }

  /** Payara builds the document on the first request: minutes on a busy two-core machine. */
  private static HttpResponse<String> fetch(URI openapi) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(openapi)
                .timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private Operation operation(String method, String path, JsonObject item, JsonObject op) {
    List<Param> inPath = new ArrayList<>();
    List<Param> inQuery = new ArrayList<>();
    List<String> other = new ArrayList<>();
    List<JsonValue> declared = new ArrayList<>();
    declared.addAll(
        item.getJsonArray("parameters") == null ? List.of() : item.getJsonArray("parameters"));
    declared.addAll(
        op.getJsonArray("parameters") == null ? List.of() : op.getJsonArray("parameters"));
    for (JsonValue p : declared) {
      JsonObject param = resolve(p.asJsonObject());
      JsonObject schema =
          param.containsKey("schema")
              ? resolve(param.getJsonObject("schema"))
              : JsonValue.EMPTY_JSON_OBJECT;
      Param parsed = new Param(param.getString("name"), schema);
      switch (param.getString("in")) {
        case "path" -> inPath.add(parsed);
        case "query" -> inQuery.add(parsed);
        default -> other.add(param.getString("in") + ":" + param.getString("name"));
      }
    }
    JsonObject json = null;
    List<String> otherTypes = new ArrayList<>();
    JsonObject body = op.getJsonObject("requestBody");
    if (body != null && body.containsKey("content")) {
      for (Map.Entry<String, JsonValue> content : body.getJsonObject("content").entrySet()) {
        if (content.getKey().contains("json")) {
          JsonObject media = content.getValue().asJsonObject();
          json =
              media.containsKey("schema")
                  ? inline(media.getJsonObject("schema"), 0)
                  : JsonValue.EMPTY_JSON_OBJECT;
        } else {
          otherTypes.add(content.getKey());
        }
      }
    }
    return new Operation(
        method, path, List.copyOf(inPath), List.copyOf(inQuery), other, json, otherTypes);
  }

  /** The schema with every {@code $ref} of its properties and items replaced by its target. */
  private JsonObject inline(JsonObject schema, int depth) {
    JsonObject s = resolve(schema);
    if (depth > 4) {
      return s;
    }
    JsonObjectBuilder copy = Json.createObjectBuilder(s);
    if (s.containsKey("properties")) {
      JsonObjectBuilder properties = Json.createObjectBuilder();
      for (Map.Entry<String, JsonValue> p : s.getJsonObject("properties").entrySet()) {
        properties.add(p.getKey(), inline(p.getValue().asJsonObject(), depth + 1));
      }
      copy.add("properties", properties);
    }
    if (s.containsKey("items")) {
      copy.add("items", inline(s.getJsonObject("items"), depth + 1));
    }
    return copy.build();
  }

  /** The schema itself, or the component a {@code $ref} names. */
  private JsonObject resolve(JsonObject schema) {
    JsonObject s = schema;
    for (int depth = 0; s.containsKey("$ref") && depth < 10; depth++) {
      String ref = s.getString("$ref");
      JsonObject target = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
      if (target == null) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
      s = target;
    }
    return s;
  }
}
