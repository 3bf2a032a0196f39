package com.opsuite.bench;

import com.opsuite.bench.data.GasBulkLoad;
import com.opsuite.bench.data.StepClock;
import com.opsuite.gas.blacklist.BlacklistJob;
import com.opsuite.gas.blacklist.BlacklistSql;
import com.opsuite.gas.task.TaskAssignment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.flywaydb.core.Flyway;

/**
 * The blacklist job at scale, outside the normal test run ({@code bench/blacklist-bench.sh}): a
 * fresh database with the product's migrations, one tenant with 1,000,000 customers (200 areas, two
 * inspectors each) and 20,000,000 purchases generated in SQL ({@link GasBulkLoad}), then the job's
 * own statements ({@link BlacklistSql}, {@link TaskAssignment}) run exactly as the application runs
 * them: one transaction, as the application role, with {@code app.tenant_id} set, so row-level
 * security applies. Runs the job twice (the second must add nothing) and drops the database.
 */
public final class BlacklistBenchmark {

  private static final String TENANT = "bench";
  private static final Pattern PARAM = Pattern.compile("\\?(\\d+)");

  public static void main(String[] args) throws Exception {
    String host = System.getProperty("bench.host", "127.0.0.1:5432");
    String db = System.getProperty("bench.db", "opsuite_bench");
    int customers = Integer.getInteger("bench.customers", 1_000_000);
    int perCustomer = Integer.getInteger("bench.purchases-per-customer", 20);
    String admin = "jdbc:postgresql://" + host + "/postgres";
    String url = "jdbc:postgresql://" + host + "/" + db;
    try (Connection c = DriverManager.getConnection(admin, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + db + " OWNER opsuite_owner");
    }
    try {
      long t0 = System.nanoTime();
      migrate(url);
      System.out.printf("schema: %d ms%n", ms(t0));
      LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
      long t1 = System.nanoTime();
      generate(url, today, customers, perCustomer);
      System.out.printf(
          "generated %,d customers and %,d purchases: %d ms%n",
          customers, (long) customers * perCustomer, ms(t1));
      for (int run = 1; run <= 2; run++) {
        runJob(url, today, run);
      }
    } finally {
      if (!Boolean.getBoolean("bench.keep")) {
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
            Statement st = c.createStatement()) {
          st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
        System.out.println("dropped " + db);
      }
    }
  }

  private static void migrate(String url) throws SQLException {
    for (String module : List.of("core", "gas-inspection")) {
      Flyway.configure(BlacklistBenchmark.class.getClassLoader())
          .dataSource(url, "opsuite_owner", "opsuite_owner")
          .locations("classpath:db/migration/" + module)
          .table("flyway_history_" + module.replace('-', '_'))
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    }
    try (Connection c = DriverManager.getConnection(url, "opsuite_owner", "opsuite_owner");
        Statement st = c.createStatement()) {
      st.execute("GRANT USAGE ON SCHEMA public TO opsuite_app");
      st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO opsuite_app");
      st.execute(
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO opsuite_app");
    }
  }

  /**
   * The tenant, its 200 areas and 400 inspectors (two per area) in SQL as the superuser, then the
   * customers and purchases by {@link GasBulkLoad}, the big gas tenant's generator.
   */
  private static void generate(String url, LocalDate today, int customers, int perCustomer)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("SET session_replication_role = replica");
      StepClock clock = new StepClock(System.out);
      String t = "'" + TENANT + "'";
      clock.step(st, "tenant", "INSERT INTO tenant (code, name) VALUES (" + t + ", 'Bench gas')");
      clock.step(
          st,
          "areas",
          "INSERT INTO gas_area (tenant_id, id, code, name) SELECT "
              + t
              + ", a, 'A' || a, 'Area ' || a FROM generate_series(1, 200) a");
      clock.step(
          st,
          "inspectors",
          "INSERT INTO user_account (tenant_id, id, email, display_name, password_hash) SELECT "
              + t
              + ", u, 'i' || u || '@bench', 'Inspector ' || u, 'x' FROM generate_series(1, 400) u;"
              + " INSERT INTO gas_inspector (tenant_id, user_id, badge_no) SELECT "
              + t
              + ", u, 'B' || u FROM generate_series(1, 400) u;"
              + " INSERT INTO gas_inspector_area (tenant_id, user_id, area_id) SELECT "
              + t
              + ", u, (u + 1) / 2 FROM generate_series(1, 400) u");
      List<Long> areas = LongStream.rangeClosed(1, 200).boxed().toList();
      new GasBulkLoad(c, TENANT, clock).load(areas, customers, perCustomer, today);
      clock.step(st, "vacuum analyze", "VACUUM ANALYZE");
    }
  }

  /** The job's transaction as {@code BlacklistJob.run} does it, statement by statement. */
  private static void runJob(String url, LocalDate today, int run) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "opsuite_app", "opsuite_app")) {
      c.setAutoCommit(false);
      long start = System.nanoTime();
      query(c, "SELECT set_config('app.tenant_id', ?1, true)", TENANT);
      query(c, "SELECT pg_advisory_xact_lock(" + BlacklistSql.LOCK_KEY + ")::text", TENANT);
      LocalDate cutoff = today.minusMonths(3);
      long t = System.nanoTime();
      long left =
          queryLong(
              c,
              String.format(BlacklistSql.LEAVE, ""),
              TENANT,
              java.sql.Date.valueOf(today),
              "Bought gas on ",
              "");
      long tLeave = ms(t);
      t = System.nanoTime();
      int listed =
          update(
              c,
              BlacklistSql.LIST,
              TENANT,
              java.sql.Date.valueOf(today),
              java.sql.Date.valueOf(cutoff),
              java.sql.Timestamp.from(cutoff.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
      analyzeAfter(c, listed);
      long tList = ms(t);
      t = System.nanoTime();
      int tasks =
          update(
              c,
              BlacklistSql.OPEN_TASKS,
              TENANT,
              java.sql.Date.valueOf(today.plusDays(BlacklistJob.AUDIT_DAYS)));
      analyzeAfter(c, tasks);
      update(c, BlacklistSql.LINK_TASKS, TENANT);
      long tTasks = ms(t);
      t = System.nanoTime();
      int assigned = update(c, TaskAssignment.LEAST_LOADED, TENANT, "BLACKLIST_AUDIT");
      long tAssign = ms(t);
      long took = ms(start);
      update(
          c,
          BlacklistSql.RECORD,
          TENANT,
          java.sql.Date.valueOf(today),
          false,
          listed,
          (int) left,
          assigned,
          took);
      c.commit();
      System.out.printf(
          "run %d: listed %,d, left %,d, tasks %,d, assigned %,d; took %,d ms (leave %,d, list %,d,"
              + " tasks %,d, assign %,d) + commit %,d ms%n",
          run,
          listed,
          left,
          tasks,
          assigned,
          took,
          tLeave,
          tList,
          tTasks,
          tAssign,
          ms(start) - took);
    }
  }

  private static void analyzeAfter(Connection c, int inserted) throws SQLException {
    if (inserted > BlacklistSql.ANALYZE_AFTER_ROWS) {
      query(c, BlacklistSql.ANALYZE);
    }
  }

  /** Runs a statement written with numbered parameters ({@code ?1}) through plain JDBC. */
  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    List<Object> ordered = new ArrayList<>();
    Matcher m = PARAM.matcher(sql);
    StringBuilder jdbc = new StringBuilder();
    while (m.find()) {
      ordered.add(params[Integer.parseInt(m.group(1)) - 1]);
      m.appendReplacement(jdbc, "?");
    }
    m.appendTail(jdbc);
    PreparedStatement ps = c.prepareStatement(jdbc.toString());
    for (int i = 0; i < ordered.size(); i++) {
      ps.setObject(i + 1, ordered.get(i));
    }
    return ps;
  }

  private static void query(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
    }
  }

  private static long queryLong(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
