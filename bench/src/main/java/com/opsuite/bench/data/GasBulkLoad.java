package com.opsuite.bench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Customers, each with a meter, a card and purchases, generated set-based in one tenant as the
 * PostgreSQL superuser: foreign-key triggers off (the rows are consistent by construction) and, for
 * a large load, the purchase table's indexes dropped and built again afterwards, far faster than
 * maintaining them row by row. Ids are taken as contiguous blocks past each table's sequence, which
 * is then moved beyond them, so the application's own ids never collide. One customer in ten last
 * bought 100-299 days ago, the others within 60 days; purchases a month apart going back. Used by
 * the big gas tenant and by the blacklist benchmark.
 */
public final class GasBulkLoad {

  /** Below this many purchases the indexes are kept: rebuilding them would cost more. */
  private static final long REBUILD_INDEXES_FROM = 2_000_000;

  private final Connection superuser;
  private final String tenant;
  private final StepClock clock;

  /** What was generated: customer ids {@code firstCustomerId} to {@code lastCustomerId}. */
  public record Loaded(long firstCustomerId, long lastCustomerId, long customers, long purchases) {}

  public GasBulkLoad(Connection superuser, String tenant, StepClock clock) {
    this.superuser = superuser;
    this.tenant = tenant;
    this.clock = clock;
  }

  public Loaded load(List<Long> areaIds, int customers, int perCustomer, LocalDate today)
      throws SQLException {
    long purchases = (long) customers * perCustomer;
    long customer = reserve("gas_customer_seq", customers);
    long meter = reserve("gas_meter_seq", customers);
    long card = reserve("gas_card_seq", customers);
    long purchase = reserve("gas_purchase_seq", purchases);
    String t = "'" + tenant + "'";
    String areas =
        "ARRAY[" + areaIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]";
    try (Statement st = superuser.createStatement()) {
      st.execute("SET session_replication_role = replica");
      clock.step(
          st,
          "customers",
          "INSERT INTO gas_customer (tenant_id, id, customer_no, name, kind, area_id, address,"
              + " created_at) SELECT "
              + t
              + ", "
              + customer
              + " + i, 'C' || i, 'Customer ' || i, 'RESIDENTIAL', ("
              + areas
              + ")[1 + i % "
              + areaIds.size()
              + "], (i / "
              + areaIds.size()
              + ") || ' Road', now() - interval '3 years' FROM generate_series(0, "
              + (customers - 1)
              + ") i");
      clock.step(
          st,
          "meters and cards",
          "INSERT INTO gas_meter (tenant_id, id, customer_id, meter_no, meter_type) SELECT "
              + t
              + ", "
              + meter
              + " + i, "
              + customer
              + " + i, 'M' || i, 'IC card' FROM generate_series(0, "
              + (customers - 1)
              + ") i; INSERT INTO gas_card (tenant_id, id, card_no, meter_id) SELECT "
              + t
              + ", "
              + card
              + " + i, 'K' || i, "
              + meter
              + " + i FROM generate_series(0, "
              + (customers - 1)
              + ") i");
      List<String> indexes =
          purchases >= REBUILD_INDEXES_FROM ? dropIndexes(st, "gas_purchase") : List.of();
      clock.step(
          st,
          "purchases",
          "INSERT INTO gas_purchase (tenant_id, id, source_key, card_id, customer_id,"
              + " purchased_on, volume_m3, amount_yuan) SELECT "
              + t
              + ", "
              + purchase
              + " + i * "
              + perCustomer
              + " + k, 'R' || i || '-' || k, "
              + card
              + " + i, "
              + customer
              + " + i, DATE '"
              + today
              + "' - (CASE WHEN i % 10 = 0 THEN 100 + i % 200 ELSE i % 60 END) - 30 * k, 20, 60"
              + " FROM generate_series(0, "
              + (customers - 1)
              + ") i, generate_series(0, "
              + (perCustomer - 1)
              + ") k");
      if (!indexes.isEmpty()) {
        st.execute("SET maintenance_work_mem = '512MB'");
        clock.step(st, "index purchases", String.join("; ", indexes));
        st.execute("RESET maintenance_work_mem");
      }
      st.execute("RESET session_replication_role");
      // VACUUM as well: see TenantCopier (the visibility map, and no autovacuum mid-measurement).
      clock.step(
          st,
          "vacuum and analyze",
          "VACUUM (ANALYZE) gas_customer, gas_meter, gas_card, gas_purchase");
    }
    return new Loaded(customer, customer + customers - 1, customers, purchases);
  }

  /**
   * The first of {@code count} ids no one else will be given: one {@code nextval} (whose block of
   * the allocation size is ours), then the sequence moved past the ids used.
   */
  private long reserve(String sequence, long count) throws SQLException {
    try (Statement st = superuser.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT v, setval('"
                    + sequence
                    + "', v + "
                    + count
                    + " + 200) FROM (SELECT nextval('"
                    + sequence
                    + "') + 100 AS v) n")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Drops the table's primary key and indexes; answers the statements that build them again. */
  private static List<String> dropIndexes(Statement st, String table) throws SQLException {
    List<String> rebuild = new ArrayList<>();
    List<String> drop = new ArrayList<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"
                + table
                + "'::regclass AND contype IN ('p', 'u')")) {
      while (rs.next()) {
        drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1));
        rebuild.add(
            "ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
      }
    }
    try (ResultSet rs =
        st.executeQuery(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid ="
                + " x.indexrelid WHERE x.indrelid = '"
                + table
                + "'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid ="
                + " i.oid)")) {
      while (rs.next()) {
        drop.add("DROP INDEX " + rs.getString(1));
        rebuild.add(rs.getString(2));
      }
    }
    for (String sql : drop) {
      st.execute(sql);
    }
    return rebuild;
  }
}
