package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A customer-service desk for the ticket tests: the {@link OnlineCompany} with clerk and clerk2 as
 * agents (reply only) and manager1 as the operations manager (assigns, hands over, reviews), and
 * the calls the tests make again and again.
 */
final class OnlineTicketsData {

  final OnlineCompany co;

  OnlineTicketsData(URI root, String prefix) {
    co = new OnlineCompany(root, prefix);
    co.grant("clerk", "customer-service-agent");
    co.grant("clerk2", "customer-service-agent");
    co.grant("manager1", "operations-manager");
  }

  static JsonObjectBuilder ticket(String kind, String content, String receivedAt) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("kind", kind)
            .add("contactName", "Ms Zhao")
            .add("contactHandle", "138 0000 0000")
            .add("channel", "WeChat message")
            .add("content", content);
    if (receivedAt != null) {
      b.add("receivedAt", receivedAt);
    }
    return b;
  }

  HttpResponse<String> open(String as, JsonObjectBuilder body, String... headers) {
    return Http.post(co.api("tickets"), body.build().toString(), co.as(as, headers));
  }

  /** Opens the ticket and returns its details. */
  JsonObject opened(String as, JsonObjectBuilder body) {
    HttpResponse<String> r = open(as, body);
    assertEquals(201, r.statusCode(), r.body());
    return Http.json(r);
  }

  static long id(JsonObject details) {
    return details.getJsonObject("ticket").getJsonNumber("id").longValue();
  }

  static long version(JsonObject details) {
    return details.getJsonObject("ticket").getJsonNumber("version").longValue();
  }

  HttpResponse<String> post(
      String as, long id, String action, JsonObjectBuilder body, String... h) {
    return post(as, id, action, body.build(), h);
  }

  /** A body kept as a built object can be sent again (a builder empties when built). */
  HttpResponse<String> post(String as, long id, String action, JsonObject body, String... h) {
    return Http.post(co.api("tickets/" + id + "/" + action), body.toString(), co.as(as, h));
  }

  JsonObject ok(String as, long id, String action, JsonObject body) {
    return ok(as, id, action, Json.createObjectBuilder(body));
  }

  JsonObject ok(String as, long id, String action, JsonObjectBuilder body) {
    HttpResponse<String> r = post(as, id, action, body);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  JsonObject get(String as, long id) {
    HttpResponse<String> r = Http.get(co.api("tickets/" + id), co.as(as));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  JsonObject runAlerts(String at) {
    HttpResponse<String> r =
        Http.post(
            co.api("tickets/alerts" + (at == null ? "" : "?at=" + at)), "{}", co.as("manager1"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  void setting(String key, String value) {
    HttpResponse<String> r =
        Http.put(
            co.api("settings"),
            Json.createObjectBuilder().add(key, value).build().toString(),
            co.asAdmin());
    assertEquals(200, r.statusCode(), r.body());
  }

  /** A measure's values in the period as the KPI API lists them: "tenant" or "staff:<id>". */
  Map<String, BigDecimal> kpi(String measure, String period) {
    HttpResponse<String> r =
        Http.get(
            co.root.resolve("api/v1/core/kpi/values/" + measure + "?period=" + period),
            co.asAdmin());
    assertEquals(200, r.statusCode(), r.body());
    Map<String, BigDecimal> values = new HashMap<>();
    for (JsonObject v : Http.jsonArray(r).getValuesAs(JsonObject.class)) {
      String subject =
          v.containsKey("staffId") && !v.isNull("staffId")
              ? "staff:" + v.getJsonNumber("staffId").longValue()
              : "tenant";
      values.put(subject, v.getJsonNumber("value").bigDecimalValue());
    }
    return values;
  }

  long staff(String name) {
    return co.org.person(name).staffId();
  }

  String one(String sql, Object... values) {
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
