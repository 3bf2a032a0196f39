package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.WriteLoad.Outcome;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL goes down and comes back in the middle of a write load: the application recovers by
 * itself, loses no acknowledged write, leaves nothing half-written, and tells every client it
 * failed that nothing was saved. The writes open customer-service tickets, each a ticket, its first
 * message and an audit entry in one transaction, so a half-write would show. The database is
 * stopped and started again as {@code pg_ctlcluster restart} does, with the start held back until
 * readiness has reported the outage.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseRestartIT {

  private static final int CLIENTS = 8;
  private static final Duration EACH_SIDE = Duration.ofSeconds(4);
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(5);

  @ArquillianResource URL base;

  @Test
  void writesSurviveADatabaseRestart() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "dbr", "online-ops");
    String admin = TestTenants.adminEmail(tenant);
    String token = Http.token(root, tenant, admin, TestTenants.PASSWORD);
    PageSession page = PageSession.signIn(root, tenant, admin, TestTenants.PASSWORD);
    String ticketsPage = "t/" + tenant + "/online-ops/tickets.xhtml";
    assertSignedInPage(page.get(ticketsPage));
    PostgresCluster cluster = PostgresCluster.ofTestDatabase();
    URI tickets = root.resolve("api/v1/online-ops/tickets");

    Instant stopped;
    Instant down;
    Instant accepting;
    List<Outcome> outcomes;
    List<ReadinessWatch.Reading> readiness;
    try (ReadinessWatch ready = new ReadinessWatch(root.resolve("/health/ready"))) {
      WriteLoad load = new WriteLoad(CLIENTS, tenant, marker -> openTicket(tickets, token, marker));
      try (load) {
        awaitSuccesses(load, Instant.now());
        stopped = Instant.now();
        cluster.stop();
        down = Instant.now();
        ready.await(503, stopped, Duration.ofSeconds(15));
        accepting = cluster.start(Duration.ofSeconds(60));
        awaitSuccesses(load, accepting);
      }
      outcomes = load.outcomes();
      ready.await(200, accepting, Duration.ofSeconds(15));
      readiness = ready.readings();
    }

    Instant recovered =
        outcomes.stream()
            .filter(o -> o.succeeded() && o.answered().isAfter(accepting))
            .map(Outcome::answered)
            .min(Instant::compareTo)
            .orElseThrow();
    List<Outcome> failed = outcomes.stream().filter(o -> !o.succeeded()).toList();
    Map<Integer, Long> failuresByStatus =
        failed.stream()
            .collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
    Instant firstFailure =
        failed.stream().map(Outcome::answered).min(Instant::compareTo).orElse(stopped);
    Instant lastFailure =
        failed.stream().map(Outcome::answered).max(Instant::compareTo).orElse(stopped);
    Set<String> acknowledged =
        outcomes.stream()
            .filter(Outcome::succeeded)
            .map(Outcome::marker)
            .collect(Collectors.toSet());
    Map<String, Integer> stored = storedTickets(tenant);
    Set<String> audited = auditedTickets(tenant);
    long atCommit =
        failed.stream()
            .filter(o -> o.contentType().startsWith("application/problem+json"))
            .filter(DatabaseRestartIT::outcomeUnknown)
            .count();
    System.out.printf(
        "DatabaseRestartIT: %d writes by %d clients, %d acknowledged, %d found; failed by status"
            + " %s (%d lost while committing, outcome unknown); stop command %d ms, database down %d ms (stop to accepting); clients saw failures for %d ms"
            + " (first to last failed answer); first write %d ms after PostgreSQL accepted"
            + " connections; readiness after the stop: %s%n",
        outcomes.size(),
        CLIENTS,
        acknowledged.size(),
        stored.size(),
        failuresByStatus,
        atCommit,
        Duration.between(stopped, down).toMillis(),
        Duration.between(stopped, accepting).toMillis(),
        Duration.between(firstFailure, lastFailure).toMillis(),
        Duration.between(accepting, recovered).toMillis(),
        readinessChanges(readiness, stopped));

    assertTrue(
        Duration.between(accepting, recovered).compareTo(RECOVERY_LIMIT) <= 0,
        "first write after PostgreSQL came back took " + Duration.between(accepting, recovered));
    for (Outcome o : failed) {
      assertClearRefusal(o);
    }
    for (String marker : acknowledged) {
      assertEquals(1, stored.getOrDefault(marker, 0), "acknowledged ticket " + marker + " lost");
    }
    stored.forEach(
        (marker, messages) -> {
          assertEquals(1, messages, "ticket " + marker + " stored with " + messages + " messages");
          assertTrue(audited.contains(marker), "ticket " + marker + " stored without its audit");
        });
    for (String marker : audited) {
      assertTrue(stored.containsKey(marker), "audit entry for a ticket not stored: " + marker);
    }
    // Refused before commit: nothing may be stored. Lost at commit: stored or not, but whole
    // (the checks above hold for every stored ticket).
    for (Outcome o : failed) {
      if (!outcomeUnknown(o)) {
        assertFalse(stored.containsKey(o.marker()), "refused write stored: " + o);
      }
    }
    assertEquals(0, orphanMessages(tenant), "messages without their ticket");
    assertSignedInPage(page.get(ticketsPage));
  }

  /** Waits until the load has had successes answered after {@code since}, for EACH_SIDE. */
  private static void awaitSuccesses(WriteLoad load, Instant since) {
    Instant until = since.plus(EACH_SIDE);
    Instant deadline = since.plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)
        || load.outcomes().stream().noneMatch(o -> o.succeeded() && o.answered().isAfter(since))) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no successful write within a minute: " + load.outcomes());
      }
      Pause.briefly(100);
    }
  }

  /**
   * A failed write was answered, within the bound, with the product's problem JSON in the client's
   * language saying nothing was saved, or, when the connection was lost while committing, that it
   * may have been: 503 while the database is away, never 500 or a trace.
   */
  private static void assertClearRefusal(Outcome o) {
    assertEquals(503, o.status(), o.toString());
    assertTrue(o.contentType().startsWith("application/problem+json"), o.toString());
    JsonObject problem = problem(o);
    assertEquals(503, problem.getInt("status"), o.toString());
    String detail = problem.getString("detail");
    String said =
        outcomeUnknown(o)
            ? (chinese(o.marker()) ? "可能已保存" : "may or may not have been saved")
            : (chinese(o.marker()) ? "未保存" : "Nothing was saved");
    assertTrue(detail.contains(said), o.toString());
    assertFalse(o.body().contains("Exception"), o.toString());
  }

  private static boolean outcomeUnknown(Outcome o) {
    return problem(o).getString("type").equals("urn:opsuite:problem:database-outcome-unknown");
  }

  private static JsonObject problem(Outcome o) {
    return Json.createReader(new StringReader(o.body())).readObject();
  }

  /** The tenant's tickets by subject (the marker), each with its number of messages. */
  private static Map<String, Integer> storedTickets(String tenant) throws Exception {
    Map<String, Integer> tickets = new HashMap<>();
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT t.subject, count(m.id) FROM online_ticket t LEFT JOIN"
                    + " online_ticket_message m ON m.tenant_id = t.tenant_id AND m.ticket_id ="
                    + " t.id WHERE t.tenant_id = ? GROUP BY t.tenant_id, t.id")) {
      ps.setString(1, tenant);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tickets.merge(rs.getString(1), rs.getInt(2), Integer::sum);
        }
      }
    }
    return tickets;
  }

  /** The subjects named by the tenant's "ticket opened" audit entries. */
  private static Set<String> auditedTickets(String tenant) throws Exception {
    try (Connection c = TestDatabase.asAdmin()) {
      return TestDatabase.strings(
              c,
              "SELECT after_value FROM audit_event WHERE tenant_id = ?"
                  + " AND action = 'online.ticket.opened'",
              tenant)
          .stream()
          .map(entry -> entry.substring(entry.indexOf(' ') + 1))
          .collect(Collectors.toSet());
    }
  }

  private static int orphanMessages(String tenant) throws Exception {
    try (Connection c = TestDatabase.asAdmin()) {
      return Integer.parseInt(
          TestDatabase.strings(
                  c,
                  "SELECT count(*) FROM online_ticket_message m WHERE m.tenant_id = ? AND NOT"
                      + " EXISTS (SELECT 1 FROM online_ticket t WHERE t.tenant_id = m.tenant_id"
                      + " AND t.id = m.ticket_id)",
                  tenant)
              .get(0));
    }
  }

  /** Readiness as it changed, e.g. "200@-4100ms 503@+120ms 200@+2400ms" (times after the stop). */
  private static String readinessChanges(List<ReadinessWatch.Reading> readings, Instant stopped) {
    StringBuilder changes = new StringBuilder();
    int last = 0;
    for (ReadinessWatch.Reading r : readings) {
      if (r.status() != last) {
        changes
            .append(r.status())
            .append("@")
            .append(Duration.between(stopped, r.at()).toMillis())
            .append("ms ");
        last = r.status();
      }
    }
    return changes.toString().trim();
  }

  private static HttpRequest.Builder openTicket(URI tickets, String token, String marker) {
    JsonObject ticket =
        Json.createObjectBuilder()
            .add("kind", "INQUIRY")
            .add("subject", marker)
            .add("contactName", "Ms Zhao")
            .add("channel", "WeChat message")
            .add("content", "Asks about the order " + marker)
            .build();
    return HttpRequest.newBuilder(tickets)
        .header("Authorization", "Bearer " + token)
        .header("Accept-Language", chinese(marker) ? "zh-CN" : "en")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ticket.toString()));
  }

  /** Half of the clients ask in Chinese, half in English (by client number, odd or even). */
  private static boolean chinese(String marker) {
    String[] parts = marker.split("-");
    return Integer.parseInt(parts[parts.length - 2]) % 2 == 1;
  }

  private static void assertSignedInPage(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("id=\"login\""), "signed out: " + response.body());
  }
}
