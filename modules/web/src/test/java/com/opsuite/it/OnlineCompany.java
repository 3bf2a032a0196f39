package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A company for online-ops tests: the {@link ApprovalOrg} (a general manager, an operations
 * department with its head, managers, clerks and reviewers, all with logins) signed up with the
 * module, the module's roles granted through the real API, and rows written directly to the
 * database where a test needs history it is not about. Ids come from the tables' sequences; each
 * {@code nextval} starts a block of 50 no other writer uses.
 */
final class OnlineCompany {

  static final String MODULE = "online-ops";

  final ApprovalOrg org;
  final URI root;
  final String tenant;

  OnlineCompany(URI root, String prefix) {
    this(new ApprovalOrg(root, prefix, MODULE));
  }

  /** The company of an organisation signed up already with the module (among others). */
  OnlineCompany(ApprovalOrg org) {
    this.org = org;
    this.root = org.root;
    this.tenant = org.tenant;
  }

  /** Gives the person the module's roles, e.g. {@code content-editor}, replacing earlier ones. */
  OnlineCompany grant(String name, String... moduleRoles) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    for (String role : moduleRoles) {
      roles.add(MODULE + "." + role);
    }
    HttpResponse<String> response =
        UserRoles.set(root, userId(name), roles.build().toString(), Http.asTenant(tenant));
    assertEquals(200, response.statusCode(), response.body());
    return this;
  }

  long userId(String name) {
    return org.person(name).userId();
  }

  /** Headers for an API call as the named person of the {@link ApprovalOrg}. */
  String[] as(String name, String... more) {
    return org.as(name, more);
  }

  String[] asAdmin(String... more) {
    return Http.asTenant(tenant, more);
  }

  /** An address of the module's API, e.g. {@code api("content")}. */
  URI api(String path) {
    return root.resolve("api/v1/" + MODULE + "/" + path);
  }

  // --- rows written directly ---

  long platform(String kind, String name, String owner) {
    return insert(
        "online_platform",
        "INSERT INTO online_platform (tenant_id, id, kind, name, owner_id) VALUES (?, ?, ?, ?, ?)",
        kind,
        name,
        owner == null ? null : userId(owner));
  }

  long occasion(String kind, String title, LocalDate startsOn, LocalDate ends) {
    return insert(
        "online_occasion",
        "INSERT INTO online_occasion (tenant_id, id, kind, title, starts_on, ends_on)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        kind,
        title,
        startsOn,
        ends);
  }

  /** A piece already published on the platforms at the given time, as history for reports. */
  long published(String title, String kind, String owner, Instant at, long... platformIds) {
    long id =
        insert(
            "online_content",
            "INSERT INTO online_content (tenant_id, id, title, kind, status, owner_id, planned_at)"
                + " VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?)",
            title,
            kind,
            userId(owner),
            Timestamp.from(at));
    for (long platform : platformIds) {
      execute(
          "INSERT INTO online_content_platform (tenant_id, content_id, platform_id, published_at,"
              + " link, published_by) VALUES (?, ?, ?, ?, ?, ?)",
          tenant,
          id,
          platform,
          Timestamp.from(at),
          "https://example.com/" + id,
          userId(owner));
    }
    return id;
  }

  /** Inserts with a fresh id from the table's sequence: tenant and id first, then the values. */
  long insert(String table, String sql, Object... values) {
    try (Connection c = TestDatabase.asAdmin()) {
      long id;
      try (PreparedStatement next = c.prepareStatement("SELECT nextval('" + table + "_seq')");
          ResultSet rs = next.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      Object[] all = new Object[values.length + 2];
      all[0] = tenant;
      all[1] = id;
      System.arraycopy(values, 0, all, 2, values.length);
      assertEquals(1, run(c, sql, all), sql);
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  void execute(String sql, Object... values) {
    try (Connection c = TestDatabase.asAdmin()) {
      run(c, sql, values);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static int run(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      return st.executeUpdate();
    }
  }
}
