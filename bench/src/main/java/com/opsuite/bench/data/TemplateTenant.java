package com.opsuite.bench.data;

import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The template tenant {@code bench-t00000}, built once through the product's REST API, so its rows
 * are exactly what the product writes: signup with every module, the bench user holding every role,
 * then the organisation, KPI values, approvals, gas and online-ops data. Built again it is only
 * read back (its ids from the database).
 */
final class TemplateTenant {

  static final String PREFIX = "bench-t";
  static final String CODE = code(0);
  static final String ADMIN_EMAIL = "admin@bench.example";
  static final String EMAIL = "bench@bench.example";
  static final String PASSWORD = "Bench-passw0rd";
  static final String[] MODULES = {"gas-inspection", "online-ops", "dental-ops", "app-ops"};

  /** At scale 1.0, per tenant; the rest of the template does not grow with the scale. */
  private static final int CUSTOMERS = 100;

  private static final int CONTENT_ITEMS = 30;
  private static final int TICKETS = 30;

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final URI base;
  private final Connection superuser;
  private final PrintStream out;

  TemplateTenant(URI base, Connection superuser, PrintStream out) {
    this.base = base;
    this.superuser = superuser;
    this.out = out;
  }

  static String code(int copy) {
    return String.format("%s%05d", PREFIX, copy);
  }

  /** Builds the template unless it exists; answers its ids either way. */
  TypicalTenants buildOrRead(double scale) throws SQLException {
    if (!ids("SELECT code FROM tenant WHERE code = ?").isEmpty()) {
      if (ids("SELECT id FROM online_ticket WHERE tenant_id = ?").isEmpty()) {
        throw new IllegalStateException(
            CODE + " exists but was not finished (no tickets): drop the database and start again");
      }
      out.println("template " + CODE + " exists: read back");
      return read();
    }
    build(scale);
    return read();
  }

  private void build(double scale) {
    if (!RestClient.signUp(base, CODE, "Bench template", ADMIN_EMAIL, PASSWORD, MODULES)) {
      throw new IllegalStateException("signup of " + CODE + " refused");
    }
    LocalDate today = LocalDate.now(ZONE);
    RestClient admin = new RestClient(base, CODE, ADMIN_EMAIL, PASSWORD);
    long benchUser = benchUser(admin);
    RestClient bench = new RestClient(base, CODE, EMAIL, PASSWORD);

    long t = System.nanoTime();
    OrgSetup org = new OrgSetup(admin, today);
    org.build(benchUser);
    out.printf("  org and %d staff: %,d ms%n", org.staffIds().size(), ms(t));

    t = System.nanoTime();
    new KpiSetup(admin).build(org.staffIds(), YearMonth.from(today), 10);
    out.printf("  KPI values: %,d ms%n", ms(t));

    t = System.nanoTime();
    List<RestClient> promoters = new ArrayList<>();
    for (String email : org.promoterEmails()) {
      promoters.add(new RestClient(base, CODE, email, OrgSetup.PEOPLE_PASSWORD));
    }
    new ApprovalSetup(promoters, bench).build(10);
    out.printf("  approvals: %,d ms%n", ms(t));

    t = System.nanoTime();
    GasSetup gas = new GasSetup(admin, bench, today);
    gas.build(benchUser, org.inspectorUsers(), scaled(CUSTOMERS, scale), 5);
    out.printf("  gas: %,d ms%n", ms(t));

    t = System.nanoTime();
    RestClient editor = new RestClient(base, CODE, org.editorEmail(), OrgSetup.PEOPLE_PASSWORD);
    new OnlineSetup(bench, editor)
        .build(
            benchUser,
            org.editorUser(),
            scaled(CONTENT_ITEMS, scale),
            5,
            scaled(TICKETS, scale),
            Instant.now());
    out.printf("  online-ops: %,d ms%n", ms(t));
  }

  /** The user every scenario acts as: every role of every module, core's administrator too. */
  private static long benchUser(RestClient admin) {
    List<String> roles = new ArrayList<>();
    for (JsonObject role : admin.getArray("core/roles").getValuesAs(JsonObject.class)) {
      roles.add(role.getString("code"));
    }
    return admin
        .created(
            "core/users",
            jakarta.json.Json.createObjectBuilder()
                .add("email", EMAIL)
                .add("displayName", "Bench operator")
                .add("password", PASSWORD)
                .add("roles", jakarta.json.Json.createArrayBuilder(roles))
                .build())
        .getJsonNumber("id")
        .longValue();
  }

  private TypicalTenants read() throws SQLException {
    return new TypicalTenants(
        List.of(CODE),
        EMAIL,
        PASSWORD,
        longs("SELECT id FROM gas_customer WHERE tenant_id = ? ORDER BY id"),
        longs("SELECT id FROM online_ticket WHERE tenant_id = ? ORDER BY id"),
        longs("SELECT id FROM online_content WHERE tenant_id = ? ORDER BY id"));
  }

  private List<Long> longs(String sql) throws SQLException {
    return ids(sql).stream().map(Long::valueOf).toList();
  }

  private List<String> ids(String sql) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps = superuser.prepareStatement(sql)) {
      ps.setString(1, CODE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  private static int scaled(int count, double scale) {
    return Math.max(1, (int) Math.round(count * scale));
  }

  private static long ms(long since) {
    return StepClock.since(since).toMillis();
  }
}
