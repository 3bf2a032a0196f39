package com.opsuite.bench.data;

import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmark's data: the template tenant built through the running product's REST API, copied in
 * SQL to as many typical tenants as a stage needs, and the one large gas tenant. Every method is
 * idempotent, so a stage can be run again against the same database. The JDBC URL names the
 * PostgreSQL superuser, e.g. {@code jdbc:postgresql://127.0.0.1:5432/opsuite_bench?user=postgres}.
 */
public final class BenchData {

  private final URI appBase;
  private final String superuserJdbcUrl;
  private final PrintStream out;

  public BenchData(URI appBase, String superuserJdbcUrl) {
    this(appBase, superuserJdbcUrl, System.out);
  }

  public BenchData(URI appBase, String superuserJdbcUrl, PrintStream out) {
    this.appBase = appBase.toString().endsWith("/") ? appBase : URI.create(appBase + "/");
    this.superuserJdbcUrl = superuserJdbcUrl;
    this.out = out;
  }

  /**
   * The template tenant, built once through REST; a second call reads it back. The codes are those
   * of every typical tenant present, the template's first.
   */
  public TypicalTenants template(double scale) {
    long start = System.nanoTime();
    try (Connection c = connect()) {
      TypicalTenants template = new TemplateTenant(appBase, c, out).buildOrRead(scale);
      TenantCopier copier = new TenantCopier(c, out);
      out.printf(
          "template %s: %,d ms, %,d rows%n",
          TemplateTenant.CODE,
          StepClock.since(start).toMillis(),
          copier.templateRows(TenantTables.discover(c, TemplateTenant.CODE)));
      int count = copier.count();
      List<String> codes = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        codes.add(TemplateTenant.code(i));
      }
      return new TypicalTenants(
          List.copyOf(codes),
          template.email(),
          template.password(),
          template.customerIds(),
          template.ticketIds(),
          template.contentIds());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Copies the template until there are {@code tenants} typical tenants in all, analyzes, and
   * checks the last copy over REST.
   */
  public CopyReport growTo(int tenants) {
    try (Connection c = connect()) {
      CopyReport report = new TenantCopier(c, out).growTo(tenants);
      out.printf(
          "typical tenants %,d -> %,d: %,d rows in %,d ms (%,.0f rows/s)%n",
          report.tenantsBefore(),
          report.tenantsAfter(),
          report.rowsCopied(),
          report.took().toMillis(),
          report.rowsPerSecond());
      return report;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks over REST that the last copy works and is isolated from the template (it opens one
   * ticket in that copy).
   */
  public void checkLastCopy() {
    TypicalTenants tenants = template(1.0);
    if (tenants.codes().size() < 2) {
      throw new IllegalStateException("no copy to check");
    }
    String last = tenants.codes().get(tenants.codes().size() - 1);
    new CopyCheck(appBase).verify(last, tenants);
    out.println("checked " + last + ": signs in, reads the template's ids, sees only its own rows");
  }

  /** The large gas tenant; built once, a second call reads it back. */
  public BigGasTenant bigGas(int customers, int purchasesPerCustomer) {
    long start = System.nanoTime();
    try (Connection c = connect()) {
      BigGasTenant big = new BigGas(appBase, c, out).buildOrRead(customers, purchasesPerCustomer);
      out.printf(
          "%s: %,d customers (ids %d-%d), %,d purchases: %,d ms%n",
          big.code(),
          big.customers(),
          big.firstCustomerId(),
          big.lastCustomerId(),
          big.purchases(),
          StepClock.since(start).toMillis());
      return big;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Rows in all tenant-owned tables, counted (46 million rows took 7 s on the development machine,
   * so no estimate is needed).
   */
  public long tenantOwnedRows() {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      String sum =
          TenantTables.discover(c, TemplateTenant.CODE).stream()
              .map(t -> "(SELECT count(*) FROM " + t.name() + ")")
              .collect(Collectors.joining(" + "));
      try (ResultSet rs = st.executeQuery("SELECT " + sum)) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(superuserJdbcUrl);
  }
}
