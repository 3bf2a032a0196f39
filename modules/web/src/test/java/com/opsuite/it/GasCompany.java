package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static com.opsuite.it.Http.asUser;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A gas utility for gas-inspection tests: a tenant signed up with the module, users with the
 * module's roles (through the real API), and registry and worklist rows written directly to the
 * database as the sales system or another instance would have left them, so each test builds only
 * what it is about. Ids come from the tables' sequences; each {@code nextval} starts a block of 50
 * no other writer uses, so the application's own ids never collide with these.
 */
final class GasCompany {

  static final String PASSWORD = "Gas-inspect0r";
  static final String MODULE = "gas-inspection";

  final URI root;
  final String tenant;
  private final Map<String, Person> people = new HashMap<>();

  /** A user of the utility. */
  record Person(String name, String email, long userId) {}

  GasCompany(URI root, String prefix) {
    this.root = root;
    this.tenant = TestTenants.signUp(root, prefix, MODULE);
  }

  /** The utility of a tenant signed up already (e.g. by {@link ApprovalOrg}) with the module. */
  static GasCompany of(URI root, String tenant) {
    return new GasCompany(root, tenant, true);
  }

  private GasCompany(URI root, String tenant, boolean existing) {
    this.root = root;
    this.tenant = tenant;
  }

  /** A new user holding the given roles of the module, e.g. {@code inspector}. */
  Person user(String name, String... moduleRoles) {
    String email = name + "@" + tenant + ".example";
    JsonArrayBuilder roles = Json.createArrayBuilder();
    for (String role : moduleRoles) {
      roles.add(MODULE + "." + role);
    }
    HttpResponse<String> response =
        Http.post(
            root.resolve("api/v1/core/users"),
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", name)
                .add("password", PASSWORD)
                .add("roles", roles)
                .build()
                .toString(),
            asTenant(tenant));
    assertEquals(201, response.statusCode(), response.body());
    Person person = new Person(name, email, Http.json(response).getJsonNumber("id").longValue());
    people.put(name, person);
    return person;
  }

  Person person(String name) {
    return people.get(name);
  }

  /** Headers for an API call as the named user. */
  String[] as(String name, String... more) {
    return asUser(tenant, person(name).email(), PASSWORD, more);
  }

  /** Headers for an API call as the tenant's administrator. */
  String[] asAdmin(String... more) {
    return asTenant(tenant, more);
  }

  /** An address of the module's API, e.g. {@code api("customers")}. */
  URI api(String path) {
    return root.resolve("api/v1/" + MODULE + "/" + path);
  }

  // --- rows written directly ---

  long area(String code, String name) {
    return insert(
        "gas_area",
        "INSERT INTO gas_area (tenant_id, id, code, name) VALUES (?, ?, ?, ?)",
        code,
        name);
  }

  /** Makes the user an inspector with a badge, covering the given areas. */
  void inspector(Person person, String badgeNo, long... areaIds) {
    execute(
        "INSERT INTO gas_inspector (tenant_id, user_id, badge_no) VALUES (?, ?, ?)",
        tenant,
        person.userId(),
        badgeNo);
    for (long area : areaIds) {
      execute(
          "INSERT INTO gas_inspector_area (tenant_id, user_id, area_id) VALUES (?, ?, ?)",
          tenant,
          person.userId(),
          area);
    }
  }

  long customer(String customerNo, String name, String kind, long areaId, String address) {
    return insert(
        "gas_customer",
        "INSERT INTO gas_customer (tenant_id, id, customer_no, name, kind, area_id, address)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        customerNo,
        name,
        kind,
        areaId,
        address);
  }

  long meter(long customerId, String meterNo, String sealNo) {
    return insert(
        "gas_meter",
        "INSERT INTO gas_meter (tenant_id, id, customer_id, meter_no, meter_type, seal_no,"
            + " seal_state) VALUES (?, ?, ?, ?, 'IC card', ?, 'INTACT')",
        customerId,
        meterNo,
        sealNo);
  }

  long card(long meterId, String cardNo) {
    return insert(
        "gas_card",
        "INSERT INTO gas_card (tenant_id, id, card_no, meter_id) VALUES (?, ?, ?, ?)",
        cardNo,
        meterId);
  }

  /** A residential customer with a meter and a card: the customer's id. */
  long household(String customerNo, long areaId, String address) {
    long customer = customer(customerNo, "Household " + customerNo, "RESIDENTIAL", areaId, address);
    long meter = meter(customer, "M-" + customerNo, "S-" + customerNo);
    card(meter, "C-" + customerNo);
    return customer;
  }

  long purchase(String sourceKey, long customerId, LocalDate on) {
    return insert(
        "gas_purchase",
        "INSERT INTO gas_purchase (tenant_id, id, source_key, card_id, customer_id, purchased_on,"
            + " volume_m3, amount_yuan) SELECT ?, ?, ?, c.id, ?, ?, 20, 60 FROM gas_card c"
            + " JOIN gas_meter m ON m.tenant_id = c.tenant_id AND m.id = c.meter_id"
            + " WHERE c.tenant_id = ? AND m.customer_id = ? AND c.active",
        sourceKey,
        customerId,
        java.sql.Date.valueOf(on),
        tenant,
        customerId);
  }

  long task(
      String kind, long customerId, long areaId, Long assigneeId, LocalDate dueOn, String ref) {
    return insert(
        "gas_task",
        "INSERT INTO gas_task (tenant_id, id, kind, customer_id, area_id, assignee_id, due_on,"
            + " source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        kind,
        customerId,
        areaId,
        assigneeId,
        java.sql.Date.valueOf(dueOn),
        ref);
  }

  /** Marks a task done or cancelled at the given time. */
  void closeTask(long taskId, String status, OffsetDateTime closedAt) {
    execute(
        "UPDATE gas_task SET status = ?, closed_at = ? WHERE tenant_id = ? AND id = ?",
        status,
        closedAt,
        tenant,
        taskId);
  }

  /** A staff record for the user (what KPI values are kept for): the staff id. */
  long staff(Person person) {
    return insert(
        "staff_member",
        "INSERT INTO staff_member (tenant_id, id, name, user_id) VALUES (?, ?, ?, ?)",
        person.name(),
        person.userId());
  }

  /**
   * A finished visit: {@code COMPLETED} or {@code ENTRY_FAILED} (nobody home) at the given time, or
   * a {@code DRAFT} (finishedAt null).
   */
  long inspection(long customerId, Person inspector, String status, OffsetDateTime finishedAt) {
    return insert(
        "gas_inspection",
        "INSERT INTO gas_inspection (tenant_id, id, customer_id, inspector_id, badge_no, status,"
            + " entry_failure, started_at, saved_at, finished_at)"
            + " VALUES (?, ?, ?, ?, 'BADGE', ?, ?, now(), now(), ?)",
        customerId,
        inspector.userId(),
        status,
        "ENTRY_FAILED".equals(status) ? "NOT_HOME" : null,
        finishedAt);
  }

  /** A hazard of the inspection; {@code closedAt} only for status CLOSED. */
  long hazard(
      long inspectionId,
      long customerId,
      String itemCode,
      String status,
      LocalDate deadlineOn,
      OffsetDateTime closedAt) {
    return insert(
        "gas_hazard",
        "INSERT INTO gas_hazard (tenant_id, id, inspection_id, customer_id, item_code, status,"
            + " deadline_on, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        inspectionId,
        customerId,
        itemCode,
        status,
        deadlineOn == null ? null : java.sql.Date.valueOf(deadlineOn),
        closedAt);
  }

  /** Links the hazard to the re-inspection task that follows it up. */
  void reinspection(long hazardId, long taskId) {
    execute(
        "UPDATE gas_hazard SET reinspection_task_id = ? WHERE tenant_id = ? AND id = ?",
        taskId,
        tenant,
        hazardId);
  }

  /** A blacklist entry from listedOn until leftOn (null: still on the list). */
  long blacklisted(long customerId, LocalDate listedOn, LocalDate leftOn) {
    return insert(
        "gas_blacklist_entry",
        "INSERT INTO gas_blacklist_entry (tenant_id, id, customer_id, listed_on, left_on,"
            + " leave_reason) VALUES (?, ?, ?, ?, ?, ?)",
        customerId,
        java.sql.Date.valueOf(listedOn),
        leftOn == null ? null : java.sql.Date.valueOf(leftOn),
        leftOn == null ? null : "purchase");
  }

  /** A theft case in the given stage, opened by the person at the given time. */
  long theftCase(
      String caseNo, long customerId, String stage, Person openedBy, OffsetDateTime openedAt) {
    return insert(
        "gas_theft_case",
        "INSERT INTO gas_theft_case (tenant_id, id, case_no, customer_id, kind, description,"
            + " stage, opened_by, opened_at) VALUES (?, ?, ?, ?, 'METER_BYPASS', 'bypass', ?, ?, ?)",
        caseNo,
        customerId,
        stage,
        openedBy.userId(),
        openedAt);
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
      int rows = run(c, sql, all);
      assertEquals(1, rows, sql);
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
