package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the blacklist and plan tests read and write beside {@link GasCompany}: the tenant's day,
 * settings through the API, back-dated customers, completed inspections, and plain queries on the
 * tables as the administrator (who sees every tenant, so each query names its tenant).
 */
final class GasWorklistData {

  private GasWorklistData() {}

  /** Today in the tenant's time zone, the day the job works with. */
  static LocalDate today(GasCompany gas) {
    return LocalDate.now(
        ZoneId.of(string("SELECT time_zone FROM tenant WHERE code = ?", gas.tenant)));
  }

  static void setting(GasCompany gas, String key, String value) {
    HttpResponse<String> changed =
        Http.put(gas.api("settings"), "{\"" + key + "\":\"" + value + "\"}", gas.asAdmin());
    assertEquals(200, changed.statusCode(), changed.body());
  }

  /** The customer joined on that day (the fixture's customers join today). */
  static void joined(GasCompany gas, long customerId, LocalDate on) {
    update(
        "UPDATE gas_customer SET created_at = ? WHERE tenant_id = ? AND id = ?",
        Timestamp.valueOf(on.atTime(12, 0)),
        gas.tenant,
        customerId);
  }

  /** A finished inspection (COMPLETED or ENTRY_FAILED) of the customer by the inspector. */
  static void inspection(
      GasCompany gas, long customerId, long inspectorId, String status, LocalDate finishedOn) {
    update(
        "INSERT INTO gas_inspection (tenant_id, id, customer_id, inspector_id, badge_no, status,"
            + " entry_failure, started_at, saved_at, finished_at) VALUES (?,"
            + " nextval('gas_inspection_seq'), ?, ?, 'B-1', ?, ?, ?, ?, ?)",
        gas.tenant,
        customerId,
        inspectorId,
        status,
        status.equals("ENTRY_FAILED") ? "NOT_HOME" : null,
        Timestamp.valueOf(finishedOn.atTime(9, 0)),
        Timestamp.valueOf(finishedOn.atTime(10, 0)),
        Timestamp.valueOf(finishedOn.atTime(10, 0)));
  }

  static long count(String sql, Object... params) {
    return Long.parseLong(string(sql, params));
  }

  static String string(String sql, Object... params) {
    List<List<String>> rows = rows(sql, params);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  /** Each row's columns as text (null stays null). */
  static List<List<String>> rows(String sql, Object... params) {
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = c.prepareStatement(sql)) {
      bind(st, params);
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** A count per first column, e.g. open tasks per assignee. */
  static Map<String, Long> countsBy(String sql, Object... params) {
    Map<String, Long> counts = new TreeMap<>();
    rows(sql, params).forEach(r -> counts.put(r.get(0), Long.parseLong(r.get(1))));
    return counts;
  }

  static int update(String sql, Object... params) {
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = c.prepareStatement(sql)) {
      bind(st, params);
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void bind(PreparedStatement st, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : params[i];
      st.setObject(i + 1, p);
    }
  }
}
