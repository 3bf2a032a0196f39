package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A measurement, not a benchmark: "everyone under" for a 2,000-person tenant, through REST and as
 * the bare query. It asserts the answers are right and the time is far below anything a user would
 * notice (generously, so a busy build machine cannot make it flake), and reports the numbers on
 * standard output and in {@code target/org-performance.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class OrgPerformanceIT {

  /** The query of {@code ReportingLines.everyoneUnder}, to time it without the application. */
  private static final String EVERYONE_UNDER =
      "WITH RECURSIVE below(id) AS ("
          + " SELECT p.id FROM org_position p WHERE p.tenant_id = ? AND p.reports_to_id IN ("
          + "  SELECT a.position_id FROM position_assignment a WHERE a.tenant_id = ?"
          + "  AND a.starts_on <= ? AND (a.ends_on IS NULL OR a.ends_on >= ?) AND a.staff_id = ?)"
          + " UNION"
          + " SELECT p.id FROM org_position p JOIN below b ON p.reports_to_id = b.id"
          + " WHERE p.tenant_id = ?)"
          + " SELECT DISTINCT a.staff_id FROM position_assignment a JOIN below b"
          + " ON a.position_id = b.id WHERE a.tenant_id = ? AND a.starts_on <= ?"
          + " AND (a.ends_on IS NULL OR a.ends_on >= ?) AND a.staff_id <> ?";

  @ArquillianResource URL base;

  @Test
  void everyoneUnderInA2000PersonTenant() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "org-perf");
    LargeOrganisation org = new LargeOrganisation(tenant);
    long built = System.nanoTime();
    try (Connection db = TestDatabase.asAdmin()) {
      org.insert(db);
    }
    long buildMillis = (System.nanoTime() - built) / 1_000_000;
    OrgApi api = new OrgApi(root, tenant);
    assertEquals(LargeOrganisation.STAFF, api.staff().size());

    List<String> report = new ArrayList<>();
    report.add(
        "Org performance: "
            + LargeOrganisation.STAFF
            + " staff, "
            + LargeOrganisation.POSITIONS
            + " positions, "
            + LargeOrganisation.UNITS
            + " units, "
            + org.assignments()
            + " assignments (inserted in "
            + buildMillis
            + " ms)");
    long[] subjects = {org.generalManager(), org.departmentHead(0), org.groupLead(0)};
    String[] labels = {"general manager", "department head", "group lead"};
    for (int i = 0; i < subjects.length; i++) {
      long subject = subjects[i];
      String path = "staff/" + subject + "/team";
      assertEquals(org.expectedTeam(subject), teamSize(api, path), labels[i] + "'s team");
      Timings rest = Timings.wallClock(() -> teamSize(api, path));
      Timings query = queryTimings(tenant, subject);
      report.add(
          String.format(
              "%-16s team %4d  REST GET /team: %s  |  query alone (EXPLAIN ANALYZE): %s",
              labels[i], org.expectedTeam(subject), rest, query));
      assertTrue(rest.median() < 500, "REST median " + rest);
      assertTrue(query.median() < 200, "query median " + query);
    }
    report.add("Plan for the general manager:");
    report.addAll(plan(tenant, org.generalManager()));
    for (String line : report) {
      System.out.println(line);
    }
    write(report);
  }

  private static int teamSize(OrgApi api, String path) {
    HttpResponse<String> response = api.get(path);
    assertEquals(200, response.statusCode(), response.body());
    return Http.jsonArray(response).size();
  }

  /** Server-side execution time of the query, as the application's role with the tenant set. */
  private static Timings queryTimings(String tenant, long staff) throws SQLException {
    try (Connection app = TestDatabase.as("opsuite_app", "opsuite_app")) {
      app.setAutoCommit(false);
      bind(app, tenant);
      return Timings.reported(
          () -> {
            String last = "";
            for (String line : explain(app, tenant, staff, false)) {
              last = line;
            }
            // "Execution Time: 3.456 ms"
            return Double.parseDouble(last.replaceAll("[^0-9.]", ""));
          });
    }
  }

  private static List<String> plan(String tenant, long staff) throws SQLException {
    try (Connection app = TestDatabase.as("opsuite_app", "opsuite_app")) {
      app.setAutoCommit(false);
      bind(app, tenant);
      return explain(app, tenant, staff, true);
    }
  }

  private static List<String> explain(Connection app, String tenant, long staff, boolean buffers)
      throws SQLException {
    Date today = Date.valueOf(LocalDate.now());
    try (PreparedStatement ps =
        app.prepareStatement(
            "EXPLAIN (ANALYZE" + (buffers ? ", BUFFERS" : "") + ") " + EVERYONE_UNDER)) {
      Object[] params = {tenant, tenant, today, today, staff, tenant, tenant, today, today, staff};
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<String> lines = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(rs.getString(1));
        }
      }
      return lines;
    }
  }

  private static void bind(Connection c, String tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
  }

  private static void write(List<String> report) throws IOException {
    Path target = Path.of(System.getProperty("it.war")).getParent();
    Files.write(target.resolve("org-performance.txt"), report);
  }
}
