package com.opsuite.it;

import com.opsuite.it.FuzzOperations.Operation;
import com.opsuite.it.FuzzOperations.Param;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The bad and strange inputs for one operation, generated from its OpenAPI description: malformed
 * JSON, wrong types field by field, missing and oversized fields, a huge body, text that cannot be
 * stored, valid-but-strange text (markup, SQL, unicode edge cases) and bad path and query values.
 */
final class FuzzInputs {

  /** How an input may be answered: only refused, or refused or accepted (then stored verbatim). */
  enum Expect {
    REFUSED,
    EITHER
  }

  /**
   * One request: a label for the report, method, path with query, JSON body (null: none), the
   * strange text every free text field carries (null: none) and what is expected.
   */
  record Input(
      String label,
      String method,
      String path,
      String body,
      String strange,
      Expect expect,
      List<String> headers) {

    Input(String label, String method, String path, String body, String strange, Expect expect) {
      this(label, method, path, body, strange, expect, List.of());
    }
  }

  /** Bad values of a header parameter (an {@code If-Match} version, say). */
  static final List<String> BAD_HEADERS =
      List.of("fz-not-a-version", "\"-1\"", "99999999999999999999999", "' OR 1=1 --");

  /** Far larger than the 1 MB the API accepts for a JSON body. */
  static final int HUGE_BODY_BYTES = 20 * 1024 * 1024;

  /** Just over the limit: what most operations get, so the sweep does not move gigabytes. */
  static final int OVER_LIMIT_BYTES = 1024 * 1024 + 1;

  static final int OVERSIZED_CHARS = 100_000;

  /** Markup, SQL and unicode that a text field may accept, but must then store exactly. */
  static final List<String> STRANGE =
      List.of(
          "<script>alert('fz')</script>",
          "\"><img src=x onerror=alert(1)>",
          "' OR 1=1 --",
          "'; DROP TABLE tenant; --",
          "right\u202Eto-left override",
          "zero\u200Bwidth\u200Djoin\uFEFF",
          "emoji \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "combining e\u0301\u0302 Z\u0351\u0352\u0353",
          "中文 全角ＡＢＣ");

  /** Text no column can store: NUL, a lone high and a lone low surrogate (as JSON escapes). */
  private static final List<String> UNSTORABLE = List.of("\\u0000", "\\ud800", "\\udc00");

  /** Path and query values of the wrong type, out of range, injected or strange. */
  static final List<String> BAD_PARAMS =
      List.of(
          "fz-not-a-number",
          "99999999999999999999999",
          "-1",
          "1.5",
          "' OR 1=1 --",
          "\"><svg onload=alert(1)>",
          "名字\u202E",
          "\u0000",
          "0x10");

  private static final AtomicInteger MARKERS = new AtomicInteger();

  private final Operation op;
  private final Function<String, String> pathValue;
  private final Map<String, Long> ids;
  private final int hugeBytes;

  /**
   * @param pathValue the real value of a path parameter of the fixture tenant
   * @param ids ids of the fixture tenant's records for body fields by name (e.g. {@code unitId})
   */
  FuzzInputs(
      Operation op, Function<String, String> pathValue, Map<String, Long> ids, int hugeBytes) {
    this.op = op;
    this.pathValue = pathValue;
    this.ids = ids;
    this.hugeBytes = hugeBytes;
  }

  /** A unique marker for one strange input, to find what it stored. */
  static String marker() {
    return "fz" + String.format("%06d", MARKERS.incrementAndGet()) + "q";
  }

  String realPath() {
    return pathWith(null, null);
  }

  /** The path with real values for its parameters, except the one given (null: none). */
  private String pathWith(String param, String value) {
    String path = op.path();
    for (Param p : op.pathParams()) {
      String v = p.name().equals(param) ? value : pathValue.apply(p.name());
      path = path.replace("{" + p.name() + "}", encode(v));
    }
    return path;
  }

  List<Input> bodyInputs() {
    List<Input> inputs = new ArrayList<>();
    if (!op.hasJsonBody()) {
      return inputs;
    }
    String path = realPath();
    String m = op.method();
    JsonObject schema = op.jsonBody();
    String base = sample(schema, "body").toString();
    inputs.add(
        new Input(
            "truncated JSON",
            m,
            path,
            base.substring(0, base.length() / 2 + 1) + "{\"",
            null,
            Expect.REFUSED));
    inputs.add(new Input("not JSON", m, path, "not json at all <>", null, Expect.REFUSED));
    inputs.add(
        new Input(
            "wrong top-level type",
            m,
            path,
            "array".equals(schema.getString("type", "")) ? "{\"fz\": 1}" : "[1, \"fz\"]",
            null,
            Expect.REFUSED));
    inputs.add(new Input("huge body", m, path, hugeBody(hugeBytes), null, Expect.REFUSED));
    JsonObject properties = schema.getJsonObject("properties");
    if (properties == null) {
      return inputs;
    }
    inputs.add(new Input("missing fields {}", m, path, "{}", null, Expect.EITHER));
    JsonObject sample = sample(schema, "body").asJsonObject();
    for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
      for (JsonValue wrong : wrongValues(p.getValue().asJsonObject())) {
        inputs.add(
            new Input(
                "wrong type " + p.getKey() + "=" + wrong,
                m,
                path,
                Json.createObjectBuilder(sample).add(p.getKey(), wrong).build().toString(),
                null,
                Expect.EITHER));
      }
    }
    if (freeTextFields(schema).isEmpty()) {
      return inputs;
    }
    String big = "x".repeat(OVERSIZED_CHARS);
    inputs.add(new Input("oversized text", m, path, withText(schema, big), null, Expect.EITHER));
    for (String unstorable : UNSTORABLE) {
      String placeholder = "fz-unstorable";
      inputs.add(
          new Input(
              "unstorable " + unstorable,
              m,
              path,
              withText(schema, placeholder).replace(placeholder, "a" + unstorable + "b"),
              null,
              Expect.REFUSED));
    }
    for (String strange : STRANGE) {
      String text = marker() + " " + strange;
      inputs.add(
          new Input("strange " + strange, m, path, withText(schema, text), text, Expect.EITHER));
    }
    return inputs;
  }

  /** One input per bad value of each path and query parameter, the others left valid. */
  List<Input> parameterInputs() {
    List<Input> inputs = new ArrayList<>();
    String body = op.hasJsonBody() ? sample(op.jsonBody(), "body").toString() : null;
    for (Param p : op.pathParams()) {
      for (String bad : BAD_PARAMS) {
        String path = pathWith(p.name(), bad);
        inputs.add(
            new Input(
                "path " + p.name() + "=" + bad, op.method(), path, body, null, Expect.EITHER));
      }
    }
    for (Param p : op.queryParams()) {
      for (String bad : BAD_PARAMS) {
        String path = realPath() + "?" + p.name() + "=" + encode(bad);
        inputs.add(
            new Input(
                "query " + p.name() + "=" + bad, op.method(), path, body, null, Expect.EITHER));
      }
    }
    for (String header : op.otherParams()) {
      if (header.startsWith("header:") && !FuzzTenant.PARAMETERS_LEFT_OUT.containsKey(header)) {
        String name = header.substring("header:".length());
        for (String bad : BAD_HEADERS) {
          inputs.add(
              new Input(
                  "header " + name + "=" + bad,
                  op.method(),
                  realPath(),
                  body,
                  null,
                  Expect.EITHER,
                  List.of(name, bad)));
        }
      }
    }
    return inputs;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String hugeBody(int bytes) {
    StringBuilder json = new StringBuilder(bytes + 32).append("{\"fz\": \"");
    json.append("y".repeat(bytes));
    return json.append("\"}").toString();
  }

  /** The sample body with every free text field set to the text. */
  private String withText(JsonObject schema, String text) {
    JsonObjectBuilder body = Json.createObjectBuilder(sample(schema, "body").asJsonObject());
    for (String field : freeTextFields(schema)) {
      body.add(field, text);
    }
    return body.build().toString();
  }

  /** Top-level string fields without an enumeration or a format: where any text may go. */
  static List<String> freeTextFields(JsonObject schema) {
    JsonObject properties = schema.getJsonObject("properties");
    if (properties == null) {
      return List.of();
    }
    return properties.entrySet().stream()
        .filter(p -> isFreeText(p.getValue().asJsonObject()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static boolean isFreeText(JsonObject schema) {
    return "string".equals(schema.getString("type", ""))
        && !schema.containsKey("enum")
        && !schema.containsKey("format");
  }

  /** Values of the wrong type for a field of this schema. */
  private static List<JsonValue> wrongValues(JsonObject schema) {
    String type = schema.getString("type", "object");
    return switch (type) {
      case "string" ->
          schema.containsKey("enum")
              ? List.of(Json.createValue(42), Json.createValue("FZ_NOT_A_VALUE"))
              : schema.containsKey("format")
                  ? List.of(Json.createValue("2026-02-30"), Json.createValue(20260101))
                  : List.of(
                      Json.createValue(12345),
                      JsonValue.TRUE,
                      Json.createObjectBuilder().add("fz", 1).build(),
                      Json.createArrayBuilder().add("fz").build());
      case "integer", "number" ->
          List.of(
              Json.createValue("fz-not-a-number"),
              JsonValue.TRUE,
              Json.createValue(new java.math.BigInteger("99999999999999999999999")),
              Json.createValue(-1),
              Json.createArrayBuilder().add(1).build());
      case "boolean" -> List.of(Json.createValue("fz-maybe"), Json.createValue(2));
      case "array" ->
          List.of(
              Json.createValue("fz-not-a-list"), Json.createObjectBuilder().add("fz", 1).build());
      default ->
          List.of(Json.createValue("fz-not-an-object"), Json.createArrayBuilder().add(1).build());
    };
  }

  /** A plausible value for the schema: enums' first value, today, known ids, true, short text. */
  JsonValue sample(JsonObject schema, String name) {
    String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
    switch (type) {
      case "object" -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null) {
          for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
            JsonValue value = sample(p.getValue().asJsonObject(), p.getKey());
            if (value != null) {
              object.add(p.getKey(), value);
            }
          }
        }
        return object.build();
      }
      case "array" -> {
        return JsonValue.EMPTY_JSON_ARRAY;
      }
      case "boolean" -> {
        return JsonValue.TRUE;
      }
      case "integer", "number" -> {
        return Json.createValue(ids.getOrDefault(name, 1L));
      }
      case "string" -> {
        JsonArray values = schema.getJsonArray("enum");
        if (values != null && !values.isEmpty()) {
          return values.get(0);
        }
        String format = schema.getString("format", "");
        if (format.equals("date")) {
          return Json.createValue(LocalDate.now().plusDays(7).toString());
        }
        if (format.equals("date-time")) {
          return Json.createValue(LocalDate.now().plusDays(7) + "T10:00:00Z");
        }
        return Json.createValue("fz " + name);
      }
      default -> {
        return null;
      }
    }
  }
}
