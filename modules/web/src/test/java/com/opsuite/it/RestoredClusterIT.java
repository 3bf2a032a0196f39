package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's procedures, end to end: the suite's database, with a tenant's approvals, gas
 * registry and customer-service tickets in it, is dumped with {@code pg_dump}, restored with {@code
 * pg_restore} into a new database, and two more instances of the product start on the restored one
 * as a data grid of their own (TCP/IP discovery on 127.0.0.1). They serve what the source served;
 * their timers and jobs, running on both, do each piece of work once; and when one is killed under
 * load, its signed-in page users carry on on the other with the same cookies, as behind a proxy.
 *
 * <p>One pair of instances for all of it, as each start costs the most here.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestoredClusterIT {

  private static final Duration START_LIMIT = Duration.ofMinutes(15);
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int CLAIMS = 6;
  private static final int CUSTOMERS = 30;
  private static final int TICKETS = 4;
  private static final List<String> STAFF =
      List.of(
          "gm",
          "head",
          "manager1",
          "manager2",
          "clerk",
          "clerk2",
          "reviewer1",
          "reviewer2",
          "reviewer3");

  private static final PostgresBackup BACKUP = new PostgresBackup();
  private static final String RESTORED = TestDatabase.name() + "_restored";

  private static OnlineTicketsData source;
  private static GasCompany gas;
  private static Mailbox mail;
  private static MicroInstance one;
  private static MicroInstance two;

  @ArquillianResource URL base;

  @AfterAll
  static void stopEverything() throws Exception {
    for (MicroInstance instance : new MicroInstance[] {one, two}) {
      if (instance != null) {
        instance.close();
      }
    }
    if (mail != null) {
      mail.close();
    }
    BACKUP.drop(RESTORED);
    Files.deleteIfExists(dumpFile());
  }

  @Test
  @Order(1)
  void aRestoredDumpServesTheSameDataOnTwoClusteredInstances() throws Exception {
    URI root = base.toURI();
    Map<String, String> before = answers(root, createData(root));

    Instant dumpStart = Instant.now();
    BACKUP.dump(dumpFile());
    Duration dumped = Duration.between(dumpStart, Instant.now());
    BACKUP.drop(RESTORED);
    Instant restoreStart = Instant.now();
    BACKUP.restore(dumpFile(), RESTORED);
    Duration restored = Duration.between(restoreStart, Instant.now());
    System.out.printf(
        "RestoredClusterIT: dump of %s (%d kB) in %d ms, restore in %d ms%n",
        TestDatabase.name(), Files.size(dumpFile()) / 1024, dumped.toMillis(), restored.toMillis());

    startPair();
    for (MicroInstance instance : List.of(one, two)) {
      assertEquals(before, answers(instance.base, source.co.tenant), instance.name);
    }
  }

  @Test
  @Order(2)
  void twoInstancesScanningRemindAndEscalateEachOverdueStepOnce() throws Exception {
    String tenant = source.co.tenant;
    assertEquals(
        CLAIMS,
        update(
            "UPDATE approval_step SET due_at = now() - interval '1 minute'"
                + " WHERE tenant_id = ? AND status = 'ACTIVE'",
            tenant));
    Instant overdue = Instant.now();
    await(
        "every overdue step reminded",
        () ->
            count(
                    "SELECT count(*) FROM approval_step WHERE tenant_id = ? AND reminded_at IS NOT NULL",
                    tenant)
                == CLAIMS);
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (String person : List.of("manager1", "manager2", "head")) {
      expected.put(person, CLAIMS);
    }
    await("every reminder mailed", () -> mails().equals(expected));
    Duration handled = Duration.between(overdue, Instant.now());
    // Both instances scan every second: a few more scans on each must add nothing.
    Thread.sleep(3000);
    assertEquals(expected, mails(), "one mail per person and overdue step");
    for (String action : List.of("REMINDED", "ESCALATED")) {
      assertEquals(
          CLAIMS,
          count(
              "SELECT count(*) FROM approval_action WHERE tenant_id = ? AND action = ?",
              tenant,
              action),
          action);
    }
    assertEquals(
        3 * CLAIMS,
        count(
            "SELECT count(*) FROM notification WHERE tenant_id = ? AND kind IN ('REMINDED',"
                + " 'ESCALATED')",
            tenant),
        "in-product notifications: two approvers reminded, one manager told, per step");
    System.out.printf(
        "RestoredClusterIT: %d overdue steps handled by two instances in %d ms: %s mails,"
            + " %d notifications%n",
        CLAIMS, handled.toMillis(), mails(), 3 * CLAIMS);
  }

  @Test
  @Order(3)
  void theSameJobRunOnBothInstancesAtOnceDoesItsWorkOnce() throws Exception {
    String tenant = source.co.tenant;
    // Signed in first (a token per instance), so that the two runs leave together.
    for (MicroInstance instance : List.of(one, two)) {
      assertEquals(200, Http.get(api(instance, "gas-inspection/blacklist"), asBoss()).statusCode());
      assertEquals(
          200,
          Http.get(api(instance, "online-ops/tickets"), source.co.as("manager1")).statusCode());
    }
    List<HttpResponse<String>> runs =
        both(instance -> Http.post(api(instance, "gas-inspection/blacklist/runs"), "", asBoss()));
    int listed = 0;
    for (HttpResponse<String> run : runs) {
      assertEquals(200, run.statusCode(), run.body());
      listed += Http.json(run).getInt("listed");
    }
    assertEquals(CUSTOMERS, listed, "listed by the two runs together");
    assertEquals(
        CUSTOMERS, count("SELECT count(*) FROM gas_blacklist_entry WHERE tenant_id = ?", tenant));
    assertEquals(
        CUSTOMERS,
        count(
            "SELECT count(*) FROM gas_task WHERE tenant_id = ? AND kind = 'BLACKLIST_AUDIT'",
            tenant));

    String at = "?at=" + Instant.now().plus(Duration.ofDays(30));
    List<HttpResponse<String>> alerts =
        both(
            instance ->
                Http.post(
                    api(instance, "online-ops/tickets/alerts" + at),
                    "{}",
                    source.co.as("manager1")));
    int sent = 0;
    for (HttpResponse<String> run : alerts) {
      assertEquals(200, run.statusCode(), run.body());
      sent += Http.json(run).getInt("reminded") + Http.json(run).getInt("escalated");
    }
    int rows = count("SELECT count(*) FROM online_ticket_alert WHERE tenant_id = ?", tenant);
    assertEquals(rows, sent, "each alert counted by the run that sent it");
    assertEquals(
        TICKETS,
        count(
            "SELECT count(*) FROM online_ticket_alert WHERE tenant_id = ? AND stage = 'ESCALATION'",
            tenant),
        "one escalation per overdue message");
    System.out.printf(
        "RestoredClusterIT: blacklist on both at once: %d listed, %d tasks; ticket alerts on both"
            + " at once: %d sent, %d rows%n",
        listed, CUSTOMERS, sent, rows);
  }

  @Test
  @Order(4)
  void pageUsersOfAKilledInstanceCarryOnOnTheOtherWithTheSameCookies() throws Exception {
    String tenant = source.co.tenant;
    // The administrator holds a page to post back after the kill; the staff browse meanwhile
    // (every page they open takes a place among the views a session keeps).
    PageSession admin =
        PageSession.signIn(one.base, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
    List<PageSession> sessions = new ArrayList<>();
    for (String person : STAFF) {
      sessions.add(
          PageSession.signIn(
              one.base, tenant, source.co.org.person(person).email(), ApprovalOrg.PASSWORD));
    }
    String page = "t/" + tenant + "/core/approvals.xhtml";
    HttpResponse<String> audit = admin.get("t/" + tenant + "/core/audit.xhtml");
    assertEquals(200, audit.statusCode(), audit.body());

    FailoverLoad load = new FailoverLoad(sessions, page, two.base);
    load.start();
    load.awaitRequests(3 * sessions.size());
    int beforeKill = load.requests();
    Instant killed = Instant.now();
    one.kill();
    load.awaitOnSecond(3);
    load.stop();
    System.out.printf(
        "RestoredClusterIT: %d page users browsing, %d requests (%d before the SIGKILL); failed at the"
            + " switch %d; on the second instance %d requests, %d lost or failed; first page there"
            + " %d ms after the kill%n",
        sessions.size(),
        load.requests(),
        beforeKill,
        load.failedAtSwitch(),
        load.onSecond(),
        load.lostOnSecond(),
        load.switchMillis(killed));
    assertEquals(0, load.lostOnSecond(), load.problems());
    assertTrue(load.failedAtSwitch() <= sessions.size(), "at most one failed request per user");

    // The page held since before the kill posts back on the other instance: its view state went
    // with the session.
    HttpResponse<String> export = admin.at(two.base).submit(audit, "audit", "export", Map.of());
    assertEquals(200, export.statusCode(), export.body());
    assertEquals("text/csv; charset=UTF-8", export.headers().firstValue("Content-Type").orElse(""));
  }

  // --- data in the source ---

  /** A tenant with approvals waiting, tickets overdue and gas customers who stopped buying. */
  private static String createData(URI root) {
    source = new OnlineTicketsData(root, "restore");
    String tenant = source.co.tenant;
    HttpResponse<String> enabled =
        Http.put(
            root.resolve("api/v1/core/modules/gas-inspection"),
            "{\"enabled\":true}",
            Http.asTenant(tenant));
    assertEquals(200, enabled.statusCode(), enabled.body());
    gas = GasCompany.of(root, tenant);
    gas.user("boss", "inspection-supervisor");
    long area = gas.area("north", "North");
    gas.inspector(gas.user("ins1", "inspector"), "B-restore-1", area);
    LocalDate longAgo = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(6);
    for (int i = 0; i < CUSTOMERS; i++) {
      gas.purchase("restore-" + i, gas.household("R-" + i, area, i + " Road"), longAgo);
    }
    for (int i = 0; i < CLAIMS; i++) {
      source.co.org.claim(i % 2 == 0 ? "clerk" : "clerk2", "EC-R" + i, 100 + i);
    }
    for (int i = 0; i < TICKETS; i++) {
      source.opened(
          "clerk",
          OnlineTicketsData.ticket("COMPLAINT", "Late delivery " + i, "2026-10-01T10:00:00+08:00"));
    }
    return tenant;
  }

  /** What people of the tenant see through the API: each answer's body by what was asked. */
  private static Map<String, String> answers(URI root, String tenant) {
    Map<String, String> asked = new LinkedHashMap<>();
    asked.put("submitted", "core/approvals/inbox?box=submitted|clerk");
    asked.put("pending", "core/approvals/inbox?box=pending|manager1");
    asked.put("units", "core/org/units|admin");
    asked.put("tickets", "online-ops/tickets|manager1");
    asked.put("customers", "gas-inspection/customers|boss");
    Map<String, String> answers = new LinkedHashMap<>();
    asked.forEach(
        (name, call) -> {
          String[] parts = call.split("\\|");
          String[] as =
              switch (parts[1]) {
                case "admin" -> Http.asTenant(tenant);
                case "boss" -> Http.asUser(tenant, gas.person("boss").email(), GasCompany.PASSWORD);
                default -> source.co.as(parts[1]);
              };
          HttpResponse<String> r = Http.get(root.resolve("api/v1/" + parts[0]), as);
          assertEquals(200, r.statusCode(), name + ": " + r.body());
          // The one figure that counts from the moment asked: minutes left to reply.
          answers.put(name, r.body().replaceAll("\"minutesLeft\":-?\\d+", "\"minutesLeft\":_"));
        });
    return answers;
  }

  // --- the pair of instances ---

  private static void startPair() throws Exception {
    int[] grid = {MicroInstance.freePort(), MicroInstance.freePort()};
    MicroInstance.Cluster cluster = MicroInstance.Cluster.of(grid);
    int mailPort = MicroInstance.freePort();
    mail = Mailbox.start(mailPort);
    Map<String, String> env =
        Map.of(
            "OPSUITE_DB_URL",
            BACKUP.url(RESTORED),
            // Grants on the database itself are not in a dump of it: provisioning sets them again.
            "OPSUITE_DB_PROVISION",
            "true",
            "OPSUITE_MAIL_PORT",
            Integer.toString(mailPort),
            "OPSUITE_APPROVALS_DEADLINE_SCAN_SECONDS",
            "1");
    one = MicroInstance.start("one", cluster, grid[0], env);
    two = MicroInstance.start("two", cluster, grid[1], env);
    Duration first = one.awaitReady(START_LIMIT);
    Duration second = two.awaitReady(START_LIMIT);
    await(
        "the two instances in one data grid",
        () -> one.logged("DG Size: 2") || two.logged("DG Size: 2"));
    System.out.printf(
        "RestoredClusterIT: instances ready after %d ms and %d ms (started together)%n",
        first.toMillis(), second.toMillis());
  }

  private static List<HttpResponse<String>> both(
      java.util.function.Function<MicroInstance, HttpResponse<String>> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (MicroInstance instance : List.of(one, two)) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.apply(instance);
                }));
      }
      go.countDown();
      List<HttpResponse<String>> done = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        done.add(answer.get());
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  private static URI api(MicroInstance instance, String path) {
    return instance.base.resolve("api/v1/" + path);
  }

  private static String[] asBoss() {
    return Http.asUser(source.co.tenant, gas.person("boss").email(), GasCompany.PASSWORD);
  }

  // --- the restored database ---

  private static Connection restored() throws SQLException {
    return DriverManager.getConnection(
        BACKUP.url(RESTORED), System.getProperty("it.db.admin-user"), "");
  }

  private static int update(String sql, String tenant) throws SQLException {
    try (Connection c = restored();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant);
      return ps.executeUpdate();
    }
  }

  private static int count(String sql, String... params) {
    try (Connection c = restored();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Mails the approvers and their manager received from the pair so far, per person. */
  private static Map<String, Integer> mails() throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String person : List.of("manager1", "manager2", "head")) {
      counts.put(person, mail.to(source.co.org.person(person).email()).size());
    }
    return counts;
  }

  private static void await(String what, Callable<Boolean> condition) throws Exception {
    Instant until = Instant.now().plus(WAIT);
    while (!condition.call()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not within " + WAIT + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  private static Path dumpFile() {
    return Path.of(System.getProperty("it.payara.rootDir")).resolveSibling(RESTORED + ".dump");
  }
}
