package com.opsuite.it;

import static com.opsuite.it.GasWorklistData.count;
import static com.opsuite.it.GasWorklistData.inspection;
import static com.opsuite.it.GasWorklistData.rows;
import static com.opsuite.it.GasWorklistData.setting;
import static com.opsuite.it.GasWorklistData.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annual inspection plan: N rounds per residential customer (K per key customer) spread over
 * the year per area, generated once however often asked, coverage and overdue numbers exact, key
 * customers marked, tenants apart.
 */
@ExtendWith(ArquillianExtension.class)
class GasPlanIT {

  @ArquillianResource URL base;

  /** Area North (two customers, two inspectors), area South (one customer, nobody). */
  private record Utility(GasCompany gas, long north, long south, long c1, long c2, long c3) {}

  private Utility utility(String prefix) throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), prefix);
    gas.user("boss", "inspection-supervisor");
    long north = gas.area("north", "North");
    long south = gas.area("south", "South");
    gas.inspector(gas.user("ins1", "inspector"), "P-" + prefix + "-1", north);
    gas.inspector(gas.user("ins2", "inspector"), "P-" + prefix + "-2", north);
    long c1 = gas.household("N-1", north, "1 North Road");
    long c2 = gas.household("N-2", north, "2 North Road");
    long c3 = gas.household("S-1", south, "1 South Road");
    gas.customer("SHOP", "A shop", "COMMERCIAL", north, "3 North Road");
    long moved = gas.household("MOVED", north, "4 North Road");
    GasWorklistData.update(
        "UPDATE gas_customer SET active = false WHERE tenant_id = ? AND id = ?", gas.tenant, moved);
    return new Utility(gas, north, south, c1, c2, c3);
  }

  private static JsonObject generate(GasCompany gas, int year) {
    HttpResponse<String> r = Http.post(gas.api("plan/" + year), "", gas.as("boss"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  @Test
  void twoRoundsPerResidentialCustomerSpreadOverTheYearOnceAndAssigned() throws Exception {
    Utility u = utility("plan-gen");
    GasCompany gas = u.gas();
    int year = today(gas).getYear();
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    int days = Year.of(year).length();

    JsonObject made = generate(gas, year);
    assertEquals(2, made.getInt("rounds"));
    assertEquals(6, made.getInt("created"));
    assertEquals(4, made.getInt("assigned"));
    String ins1 = String.valueOf(gas.person("ins1").userId());
    String ins2 = String.valueOf(gas.person("ins2").userId());
    int half = days / 2;
    assertEquals(
        List.of(
            List.of("N-1", "plan:" + year + ":1:" + u.c1(), jan1.toString(), ins1),
            List.of("N-1", "plan:" + year + ":2:" + u.c1(), jan1.plusDays(half).toString(), ins1),
            List.of(
                "N-2", "plan:" + year + ":1:" + u.c2(), jan1.plusDays(half / 2).toString(), ins2),
            List.of(
                "N-2",
                "plan:" + year + ":2:" + u.c2(),
                jan1.plusDays(half + (days - half) / 2).toString(),
                ins2),
            List.of("S-1", "plan:" + year + ":1:" + u.c3(), jan1.toString(), "-"),
            List.of("S-1", "plan:" + year + ":2:" + u.c3(), jan1.plusDays(half).toString(), "-")),
        rows(
            "SELECT c.customer_no, t.source_ref, t.due_on::text, coalesce(t.assignee_id::text,"
                + " '-') FROM gas_task t JOIN gas_customer c ON c.tenant_id = t.tenant_id AND c.id"
                + " = t.customer_id WHERE t.tenant_id = ? AND t.kind = 'PLANNED_INSPECTION'"
                + " ORDER BY 1, 2",
            gas.tenant));

    // Again, also after one was done: nothing new.
    GasWorklistData.update(
        "UPDATE gas_task SET status = 'DONE', closed_at = now() WHERE tenant_id = ?"
            + " AND source_ref = ?",
        gas.tenant,
        "plan:" + year + ":1:" + u.c1());
    assertEquals(0, generate(gas, year).getInt("created"));
    assertEquals(6, count("SELECT count(*) FROM gas_task WHERE tenant_id = ?", gas.tenant));

    // Three a year from next year: three tasks each, a third of the year apart.
    setting(gas, "inspections-per-year", "3");
    JsonObject next = generate(gas, year + 1);
    assertEquals(3, next.getInt("rounds"));
    assertEquals(9, next.getInt("created"));
    int nextDays = Year.of(year + 1).length();
    assertEquals(
        List.of(
            List.of(LocalDate.of(year + 1, 1, 1).toString()),
            List.of(LocalDate.of(year + 1, 1, 1).plusDays(nextDays / 3).toString()),
            List.of(LocalDate.of(year + 1, 1, 1).plusDays(2 * nextDays / 3).toString())),
        rows(
            "SELECT due_on::text FROM gas_task WHERE tenant_id = ? AND customer_id = ?"
                + " AND source_ref LIKE ? ORDER BY due_on",
            gas.tenant,
            u.c1(),
            "plan:" + (year + 1) + ":%"));

    HttpResponse<String> far = Http.post(gas.api("plan/" + (year + 5)), "", gas.as("boss"));
    assertEquals(400, far.statusCode(), far.body());
    assertEquals(403, Http.post(gas.api("plan/" + year), "", gas.as("ins1")).statusCode());
  }

  /**
   * Key customers, of any kind, are planned on their own schedule (the setting, default 4 a year)
   * instead of the residential one, show as key customers among the overdue and on the inspector's
   * today list.
   */
  @Test
  void keyCustomersArePlannedFourTimesAYearAndMarkedWhereInspectorsLook() throws Exception {
    Utility u = utility("plan-key");
    GasCompany gas = u.gas();
    long shop =
        count(
            "SELECT id FROM gas_customer WHERE tenant_id = ? AND customer_no = 'SHOP'", gas.tenant);
    GasWorklistData.update(
        "UPDATE gas_customer SET key_customer = true WHERE tenant_id = ? AND id IN (?, ?)",
        gas.tenant,
        u.c1(),
        shop);
    int year = today(gas).getYear();
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    int days = Year.of(year).length();

    JsonObject made = generate(gas, year);
    assertEquals(2, made.getInt("rounds"));
    assertEquals(4, made.getInt("keyRounds"));
    // N-2 and S-1 twice, the key household N-1 and the key shop four times each.
    assertEquals(2 * 2 + 2 * 4, made.getInt("created"));
    assertEquals(
        List.of(
            List.of(jan1.toString()),
            List.of(jan1.plusDays(days / 4).toString()),
            List.of(jan1.plusDays(2 * days / 4).toString()),
            List.of(jan1.plusDays(3 * days / 4).toString())),
        rows(
            "SELECT due_on::text FROM gas_task WHERE tenant_id = ? AND customer_id = ?"
                + " ORDER BY due_on",
            gas.tenant,
            u.c1()));
    assertEquals(
        4,
        count(
            "SELECT count(*) FROM gas_task WHERE tenant_id = ? AND customer_id = ?",
            gas.tenant,
            shop));
    assertEquals(0, generate(gas, year).getInt("created"), "again: nothing new");

    // Just into the second quarter: N-1 had two visits due, the shop one; nobody came.
    LocalDate asOf = jan1.plusDays(days / 4 + 1);
    JsonObject coverage =
        Http.json(Http.get(gas.api("plan/" + year + "/coverage?asOf=" + asOf), gas.as("boss")));
    assertEquals(
        List.of("N-1 2 0 true", "N-2 1 0 false", "SHOP 1 0 true", "S-1 1 0 false"),
        coverage.getJsonArray("overdue").getValuesAs(JsonObject.class).stream()
            .map(
                o ->
                    o.getString("customerNo")
                        + " "
                        + o.getInt("due")
                        + " "
                        + o.getInt("done")
                        + " "
                        + o.getBoolean("keyCustomer"))
            .toList());

    for (String inspector : List.of("ins1", "ins2")) {
      List<String> lines =
          Http.jsonArray(Http.get(gas.api("tasks/mine"), gas.as(inspector)))
              .getValuesAs(JsonObject.class)
              .stream()
              .map(l -> l.getString("customerNo") + " " + l.getBoolean("keyCustomer"))
              .distinct()
              .toList();
      for (String line : lines) {
        boolean key = line.startsWith("N-1 ") || line.startsWith("SHOP ");
        assertEquals(key, line.endsWith(" true"), inspector + ": " + lines);
      }
    }
    assertEquals(
        2,
        rows(
                "SELECT DISTINCT customer_id FROM gas_task WHERE tenant_id = ?"
                    + " AND customer_id IN (?, ?) AND assignee_id IS NOT NULL",
                gas.tenant,
                u.c1(),
                shop)
            .size(),
        "the key customers' tasks are on an inspector's list");

    // Six a year from next year.
    setting(gas, "key-customer-inspections-per-year", "6");
    JsonObject next = generate(gas, year + 1);
    assertEquals(6, next.getInt("keyRounds"));
    assertEquals(
        6,
        count(
            "SELECT count(*) FROM gas_task WHERE tenant_id = ? AND customer_id = ?"
                + " AND source_ref LIKE ?",
            gas.tenant,
            shop,
            "plan:" + (year + 1) + ":%"));
  }

  @Test
  void coverageCountsPlannedDueDoneAndTheOverdueExactly() throws Exception {
    Utility u = utility("plan-cov");
    GasCompany gas = u.gas();
    int year = today(gas).getYear();
    generate(gas, year);
    long ins1 = gas.person("ins1").userId();
    long ins2 = gas.person("ins2").userId();
    // Due before 1 May: each customer's first round (1 Jan, N-2 early April).
    LocalDate asOf = LocalDate.of(year, 5, 1);
    inspection(gas, u.c1(), ins1, "COMPLETED", LocalDate.of(year, 2, 1));
    inspection(gas, u.c2(), ins2, "ENTRY_FAILED", LocalDate.of(year, 4, 10));
    inspection(gas, u.c3(), ins1, "COMPLETED", LocalDate.of(year - 1, 12, 20));
    inspection(gas, u.c3(), ins1, "COMPLETED", LocalDate.of(year, 5, 2));

    HttpResponse<String> r =
        Http.get(gas.api("plan/" + year + "/coverage?asOf=" + asOf), gas.as("boss"));
    assertEquals(200, r.statusCode(), r.body());
    JsonObject coverage = Http.json(r);
    assertEquals(2, coverage.getInt("overdueTotal"));
    List<JsonObject> areas = coverage.getJsonArray("areas").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("North 2 4 2 1 1", "South 1 2 1 0 1"),
        areas.stream()
            .map(
                a ->
                    a.getString("areaName")
                        + " "
                        + a.getInt("customers")
                        + " "
                        + a.getInt("planned")
                        + " "
                        + a.getInt("dueSoFar")
                        + " "
                        + a.getInt("done")
                        + " "
                        + a.getInt("overdueCustomers"))
            .toList());
    assertEquals(
        List.of("ins1 2 1 1", "ins2 2 1 0"),
        coverage.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
            .map(
                i ->
                    i.getString("name")
                        + " "
                        + i.getInt("planned")
                        + " "
                        + i.getInt("dueSoFar")
                        + " "
                        + i.getInt("done"))
            .toList());
    assertEquals(
        List.of("N-2 1 0", "S-1 1 0"),
        coverage.getJsonArray("overdue").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("customerNo") + " " + o.getInt("due") + " " + o.getInt("done"))
            .toList());

    // A day later the May inspection of S-1 counts.
    JsonObject later =
        Http.json(
            Http.get(
                gas.api("plan/" + year + "/coverage?asOf=" + asOf.plusDays(1)), gas.as("boss")));
    assertEquals(1, later.getInt("overdueTotal"));
  }

  @Test
  void aTenantPlansAndSeesOnlyItsOwnCustomers() throws Exception {
    Utility a = utility("plan-iso-a");
    Utility b = utility("plan-iso-b");
    int year = today(a.gas()).getYear();
    assertEquals(6, generate(a.gas(), year).getInt("created"));
    assertEquals(0, count("SELECT count(*) FROM gas_task WHERE tenant_id = ?", b.gas().tenant));
    assertEquals(6, generate(b.gas(), year).getInt("created"));
    inspection(
        b.gas(), b.c1(), b.gas().person("ins1").userId(), "COMPLETED", LocalDate.of(year, 1, 5));

    JsonObject coverage =
        Http.json(
            Http.get(
                a.gas().api("plan/" + year + "/coverage?asOf=" + year + "-05-01"),
                a.gas().as("boss")));
    List<JsonObject> areas = coverage.getJsonArray("areas").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(a.north(), a.south()),
        areas.stream().map(x -> x.getJsonNumber("areaId").longValue()).toList());
    assertEquals(0, areas.get(0).getInt("done"));
    assertEquals(3, coverage.getInt("overdueTotal"));
    assertEquals(
        List.of(a.gas().person("ins1").userId(), a.gas().person("ins2").userId()),
        coverage.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
            .map(x -> x.getJsonNumber("userId").longValue())
            .toList());
  }
}
