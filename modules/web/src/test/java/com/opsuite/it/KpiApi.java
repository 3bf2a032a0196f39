package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The KPI REST API of one tenant, as its first administrator (or the headers given). */
final class KpiApi {

  private final URI root;
  final String tenant;

  KpiApi(URI root, String tenant) {
    this.root = root;
    this.tenant = tenant;
  }

  URI uri(String path) {
    return root.resolve("api/v1/core/kpi/" + path);
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A formula indicator kept per month, where higher is better. */
  static JsonObject formula(String code, String zh, String en, String unit, String formula) {
    return formula(code, zh, en, unit, formula, "MONTH");
  }

  static JsonObject formula(
      String code, String zh, String en, String unit, String formula, String periodKind) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("nameZh", zh)
        .add("nameEn", en)
        .add("unit", unit)
        .add("direction", "HIGHER_IS_BETTER")
        .add("periodKind", periodKind)
        .add("source", "FORMULA")
        .add("formula", formula)
        .build();
  }

  static JsonObject manual(String code, String zh, String en) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("nameZh", zh)
        .add("nameEn", en)
        .add("unit", "POINTS")
        .add("direction", "HIGHER_IS_BETTER")
        .add("periodKind", "MONTH")
        .add("source", "MANUAL")
        .build();
  }

  HttpResponse<String> createIndicator(JsonObject body, String language) {
    return Http.post(
        uri("indicators"), body.toString(), Http.asTenant(tenant, "Accept-Language", language));
  }

  JsonObject indicator(JsonObject body) {
    HttpResponse<String> response = createIndicator(body, "en");
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response);
  }

  HttpResponse<String> changeIndicator(String code, JsonObject body, String language) {
    return Http.put(
        uri("indicators/" + code),
        body.toString(),
        Http.asTenant(tenant, "Accept-Language", language));
  }

  HttpResponse<String> enter(
      String series, String period, Long staffId, String value, Long version, String language) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("period", period);
    if (staffId != null) {
      body.add("staffId", staffId);
    }
    body.add("value", new BigDecimal(value));
    if (version != null) {
      body.add("version", version);
    }
    return Http.put(
        uri("values/" + series),
        body.build().toString(),
        Http.asTenant(tenant, "Accept-Language", language));
  }

  JsonObject entered(String series, String period, Long staffId, String value) {
    HttpResponse<String> response = enter(series, period, staffId, value, null, "en");
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  HttpResponse<String> scoreResponse(String indicator, String period, Long staffId, String lang) {
    return Http.get(
        uri(
            "scores?indicator="
                + q(indicator)
                + "&period="
                + q(period)
                + (staffId == null ? "" : "&staffId=" + staffId)),
        Http.asTenant(tenant, "Accept-Language", lang));
  }

  JsonObject score(String indicator, String period, Long staffId, String language) {
    HttpResponse<String> response = scoreResponse(indicator, period, staffId, language);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  HttpResponse<String> createTarget(JsonObject body) {
    return Http.post(
        uri("targets"), body.toString(), Http.asTenant(tenant, "Accept-Language", "en"));
  }

  static JsonObject linearTarget(
      String indicator, String period, Long staffId, String floor, String target, String cap) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("indicator", indicator)
            .add("period", period)
            .add("rule", "LINEAR")
            .add("floor", new BigDecimal(floor))
            .add("target", new BigDecimal(target))
            .add("cap", new BigDecimal(cap));
    if (staffId != null) {
      body.add("staffId", staffId);
    }
    return body.build();
  }

  /** Bands as threshold, score, threshold, score... */
  static JsonObject bandedTarget(String indicator, String period, Long staffId, String... bands) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < bands.length; i += 2) {
      list.add(
          Json.createObjectBuilder()
              .add("threshold", new BigDecimal(bands[i]))
              .add("score", new BigDecimal(bands[i + 1])));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("indicator", indicator)
            .add("period", period)
            .add("rule", "BANDED")
            .add("bands", list);
    if (staffId != null) {
      body.add("staffId", staffId);
    }
    return body.build();
  }

  JsonObject target(JsonObject body) {
    HttpResponse<String> response = createTarget(body);
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response);
  }

  void close(String period, boolean closed) {
    HttpResponse<String> response =
        Http.put(
            uri("periods/" + period + "/closed"), String.valueOf(closed), Http.asTenant(tenant));
    assertEquals(200, response.statusCode(), response.body());
  }
}
