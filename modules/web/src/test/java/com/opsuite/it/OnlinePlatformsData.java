package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Platforms and credentials for the online-ops tests: request bodies, a platform made through the
 * API, and what the database holds, read as the administrator (past row-level security).
 */
final class OnlinePlatformsData {

  private OnlinePlatformsData() {}

  static String platform(String kind, String name, Long ownerId, String url, Long version) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (kind != null) {
      body.add("kind", kind);
    }
    if (name != null) {
      body.add("name", name);
    }
    if (ownerId != null) {
      body.add("ownerId", ownerId);
    }
    if (url != null) {
      body.add("url", url);
    }
    if (version != null) {
      body.add("version", version);
    }
    return body.build().toString();
  }

  static String credential(String account, String password, String note) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (account != null) {
      body.add("account", account);
    }
    if (password != null) {
      body.add("password", password);
    }
    if (note != null) {
      body.add("note", note);
    }
    return body.build().toString();
  }

  /** A platform created through the API by the tenant's administrator; its id. */
  static long created(OnlineCompany company, String kind, String name, String owner) {
    HttpResponse<String> response =
        Http.post(
            company.api("platforms"),
            platform(kind, name, owner == null ? null : company.userId(owner), null, null),
            company.asAdmin());
    assertEquals(201, response.statusCode(), response.body());
    return id(Http.json(response));
  }

  static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  static long version(JsonObject json) {
    return json.getJsonNumber("version").longValue();
  }

  /**
   * The audit entries of one action in the tenant: actor, target, before and after, newest last.
   */
  static List<List<String>> audit(String tenant, String action) {
    return strings(
        "SELECT actor, target, coalesce(before_value, ''), coalesce(after_value, '')"
            + " FROM audit_event WHERE tenant_id = ? AND action = ? ORDER BY id",
        4,
        tenant,
        action);
  }

  static long count(String sql, Object... params) {
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Every bytea cell of the query's first column, as stored. */
  static List<byte[]> bytes(String sql, Object... params) {
    List<byte[]> found = new ArrayList<>();
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        found.add(rs.getBytes(1));
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static List<List<String>> strings(String sql, int columns, Object... params) {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Whether {@code needle} occurs in {@code haystack}. */
  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      st.setObject(i + 1, params[i]);
    }
    return st;
  }
}
