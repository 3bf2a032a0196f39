package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every REST operation the product declares, read from its own OpenAPI document rather than from a
 * list in the test, so an endpoint added tomorrow is swept (or fails the sweep) without anyone
 * remembering to list it.
 */
final class ApiOperations {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Pattern PARAM = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

  /** One operation: {@code PUT /api/v1/core/org/units/{id}}; path relative to the root. */
  record Operation(String method, String path, List<String> query, List<String> consumes) {

    String key() {
      return method + " " + path;
    }

    /** The path parameters in order of appearance, e.g. {@code [id, assignment]}. */
    List<String> pathParams() {
      List<String> names = new ArrayList<>();
      Matcher m = PARAM.matcher(path);
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }

    /** The path with every parameter replaced by its value (regex constraints dropped). */
    String expand(Map<String, String> values) {
      Matcher m = PARAM.matcher(path);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
      }
      m.appendTail(out);
      return out.substring(1);
    }

    boolean reads() {
      return method.equals("GET");
    }

    boolean takesJson() {
      return consumes.isEmpty() || consumes.stream().anyMatch(c -> c.contains("json"));
    }
  }

  private ApiOperations() {}

  /** The operations of {@code GET /openapi} (asked for as JSON), sorted by path and method. */
  static List<Operation> discover(URI base) {
    HttpResponse<String> doc = Http.get(base.resolve("/openapi"), "Accept", "application/json");
    assertEquals(200, doc.statusCode(), doc.body());
    JsonObject paths = Http.json(doc).getJsonObject("paths");
    List<Operation> operations = new ArrayList<>();
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .forEach(
                    (method, operation) -> {
                      if (METHODS.contains(method)) {
                        operations.add(operation(method, path, operation.asJsonObject()));
                      }
                    }));
    operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    return operations;
  }

  /**
   * Every resource method the product's classes declare ({@code "PUT
   * /api/v1/core/org/units/{id}"}), found by reflection over the application's classes in the WAR:
   * the document is complete only if it names each of them (Payara's scanner has silently cut it
   * short before).
   */
  static Set<String> declared() {
    Set<String> keys = new java.util.TreeSet<>();
    for (String name : WarContents.classNames("com/opsuite/")) {
      Class<?> type;
      try {
        type = Class.forName(name, false, ApiOperations.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
      if (root == null) {
        continue;
      }
      for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
        String verb = httpMethod(m);
        if (verb != null) {
          jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
          keys.add(
              verb
                  + " "
                  + normalize("/api/" + root.value() + (sub == null ? "" : "/" + sub.value())));
        }
      }
    }
    return keys;
  }

  private static String httpMethod(java.lang.reflect.Method m) {
    for (java.lang.annotation.Annotation a : m.getAnnotations()) {
      jakarta.ws.rs.HttpMethod verb =
          a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** One slash between segments, and a parameter without its regular expression. */
  static String normalize(String path) {
    return path.replaceAll("/+", "/")
        .replaceAll("\\{\\s*(\\w+)\\s*(:[^{}]*(\\{[^{}]*}[^{}]*)*)?}", "{$1}")
        .replaceAll("(.)/$", "$1");
  }

  /** Payara builds the document on its first request, which takes longer than a page. */
  private static HttpResponse<String> document(URI uri) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(uri)
                  .header("Accept", "application/json")
                  .timeout(java.time.Duration.ofMinutes(3))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Operation operation(String method, String path, JsonObject operation) {
    List<String> query = new ArrayList<>();
    JsonArray parameters = operation.getJsonArray("parameters");
    if (parameters != null) {
      for (JsonValue p : parameters) {
        if ("query".equals(p.asJsonObject().getString("in", ""))) {
          query.add(p.asJsonObject().getString("name"));
        }
      }
    }
    List<String> consumes = new ArrayList<>();
    JsonObject body = operation.getJsonObject("requestBody");
    if (body != null && body.containsKey("content")) {
      consumes.addAll(body.getJsonObject("content").keySet());
    }
    // The document's paths start at the server root; the application lives under its context.
    String relative = normalize(path.substring(path.indexOf("/api/")));
    return new Operation(method.toUpperCase(java.util.Locale.ROOT), relative, query, consumes);
  }
}
