package com.opsuite.it;

import static com.opsuite.it.GasWorklistData.count;
import static com.opsuite.it.GasWorklistData.countsBy;
import static com.opsuite.it.GasWorklistData.rows;
import static com.opsuite.it.GasWorklistData.setting;
import static com.opsuite.it.GasWorklistData.string;
import static com.opsuite.it.GasWorklistData.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The no-purchase blacklist job through its REST run, against PostgreSQL: who is listed at the
 * threshold's boundary, settings, leaving on a purchase and coming back, idempotence, two runs at
 * once, assignment (least-loaded, round-robin, unassigned), reassignment and tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
class GasBlacklistIT {

  @ArquillianResource URL base;

  /** A utility with one area, a supervisor and one inspector in the area. */
  private GasCompany company(String prefix) throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), prefix);
    gas.user("boss", "inspection-supervisor");
    long area = gas.area("north", "North");
    gas.inspector(gas.user("ins1", "inspector"), "B-" + prefix + "-1", area);
    return gas;
  }

  private static long area(GasCompany gas) {
    return count("SELECT id FROM gas_area WHERE tenant_id = ? AND code = 'north'", gas.tenant);
  }

  private static JsonObject run(GasCompany gas) {
    HttpResponse<String> r = Http.post(gas.api("blacklist/runs"), "", gas.as("boss"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  private static List<String> listedNos(GasCompany gas) {
    return rows(
            "SELECT c.customer_no FROM gas_blacklist_entry e JOIN gas_customer c ON c.tenant_id ="
                + " e.tenant_id AND c.id = e.customer_id WHERE e.tenant_id = ? AND e.left_on IS"
                + " NULL ORDER BY 1",
            gas.tenant)
        .stream()
        .map(r -> r.get(0))
        .toList();
  }

  @Test
  void listsAtTheBoundaryDayOnceAndOpensOneAssignedAuditTaskEach() throws Exception {
    GasCompany gas = company("bl-edge");
    long area = area(gas);
    LocalDate today = today(gas);
    LocalDate cutoff = today.minusMonths(3);
    gas.purchase("edge-on", gas.household("ON-CUTOFF", area, "1 Road"), cutoff);
    gas.purchase("edge-before", gas.household("DAY-BEFORE", area, "2 Road"), cutoff.minusDays(1));
    long recent = gas.household("RECENT", area, "3 Road");
    gas.purchase("edge-old", recent, cutoff.minusMonths(2));
    gas.purchase("edge-new", recent, today.minusDays(1));
    GasWorklistData.joined(gas, gas.household("NEVER-OLD", area, "4 Road"), cutoff.minusDays(1));
    GasWorklistData.joined(gas, gas.household("NEVER-ON", area, "5 Road"), cutoff);
    gas.household("NEVER-NEW", area, "6 Road");
    long gone = gas.household("INACTIVE", area, "7 Road");
    gas.purchase("edge-gone", gone, cutoff.minusDays(30));
    GasWorklistData.update(
        "UPDATE gas_customer SET active = false WHERE tenant_id = ? AND id = ?", gas.tenant, gone);

    JsonObject first = run(gas);
    assertEquals(2, first.getInt("listed"), first.toString());
    assertEquals(2, first.getInt("tasks"));
    assertEquals(2, first.getInt("assigned"));
    assertEquals(List.of("DAY-BEFORE", "NEVER-OLD"), listedNos(gas));
    List<List<String>> tasks =
        rows(
            "SELECT t.kind, t.source_ref, 'blacklist:' || e.id, t.assignee_id, t.status, t.due_on,"
                + " e.last_purchase_on FROM gas_blacklist_entry e JOIN gas_task t ON t.tenant_id"
                + " = e.tenant_id AND t.id = e.task_id WHERE e.tenant_id = ? ORDER BY e.id",
            gas.tenant);
    assertEquals(2, tasks.size());
    for (List<String> t : tasks) {
      assertEquals("BLACKLIST_AUDIT", t.get(0));
      assertEquals(t.get(2), t.get(1));
      assertEquals(String.valueOf(gas.person("ins1").userId()), t.get(3));
      assertEquals("OPEN", t.get(4));
      assertEquals(today.plusDays(7).toString(), t.get(5));
    }

    JsonObject second = run(gas);
    assertEquals(0, second.getInt("listed"));
    assertEquals(0, second.getInt("tasks"));
    assertEquals(0, second.getInt("left"));
    assertEquals(
        2, count("SELECT count(*) FROM gas_blacklist_entry WHERE tenant_id = ?", gas.tenant));
    assertEquals(2, count("SELECT count(*) FROM gas_task WHERE tenant_id = ?", gas.tenant));
    assertEquals(
        2, count("SELECT count(*) FROM gas_blacklist_run WHERE tenant_id = ?", gas.tenant));

    JsonObject page = Http.json(Http.get(gas.api("blacklist?q=day-bef"), gas.as("boss")));
    assertEquals(1, page.getInt("total"));
    JsonObject row = page.getJsonArray("rows").getJsonObject(0);
    assertEquals("DAY-BEFORE", row.getString("customerNo"));
    assertEquals(cutoff.minusDays(1).toString(), row.getString("lastPurchaseOn"));
    assertEquals("ins1", row.getString("assigneeName"));
  }

  @Test
  void aChangedThresholdIsUsedByTheNextRun() throws Exception {
    GasCompany gas = company("bl-set");
    long area = area(gas);
    LocalDate today = today(gas);
    gas.purchase("set-4", gas.household("FOUR", area, "1 Road"), today.minusMonths(4));
    gas.purchase("set-2", gas.household("TWO", area, "2 Road"), today.minusMonths(2).minusDays(1));

    setting(gas, "no-purchase-months", "6");
    assertEquals(0, run(gas).getInt("listed"));
    setting(gas, "no-purchase-months", "2");
    assertEquals(2, run(gas).getInt("listed"));
    assertEquals(List.of("FOUR", "TWO"), listedNos(gas));
  }

  @Test
  void aBuyerLeavesWithTheReasonAndTheTaskIsCancelledAndALapseListsThemAgain() throws Exception {
    GasCompany gas = company("bl-leave");
    long area = area(gas);
    LocalDate today = today(gas);
    long customer = gas.household("BUYER", area, "1 Road");
    gas.purchase("leave-old", customer, today.minusMonths(5));
    assertEquals(1, run(gas).getInt("listed"));
    String firstTask =
        string(
            "SELECT task_id FROM gas_blacklist_entry WHERE tenant_id = ? AND customer_id = ?",
            gas.tenant,
            customer);

    gas.purchase("leave-new", customer, today);
    JsonObject after = run(gas);
    assertEquals(1, after.getInt("left"), after.toString());
    assertEquals(0, after.getInt("listed"));
    List<String> entry =
        rows(
                "SELECT left_on, leave_reason FROM gas_blacklist_entry WHERE tenant_id = ?"
                    + " AND customer_id = ?",
                gas.tenant,
                customer)
            .get(0);
    assertEquals(today.toString(), entry.get(0));
    assertTrue(entry.get(1).contains(today.toString()), entry.get(1));
    List<String> task =
        rows(
                "SELECT status, close_note FROM gas_task WHERE tenant_id = ? AND id = ?",
                gas.tenant,
                Long.parseLong(firstTask))
            .get(0);
    assertEquals(List.of("CANCELLED", entry.get(1)), task);
    JsonObject leavers =
        Http.jsonArray(Http.get(gas.api("blacklist/leavers"), gas.as("boss"))).getJsonObject(0);
    assertEquals(entry.get(1), leavers.getString("leaveReason"));

    // Bought then, and nothing since for longer than the threshold: listed again, a new entry.
    GasWorklistData.update(
        "UPDATE gas_purchase SET purchased_on = ? WHERE tenant_id = ? AND source_key = 'leave-new'",
        today.minusMonths(3).minusDays(1),
        gas.tenant);
    assertEquals(1, run(gas).getInt("listed"));
    assertEquals(
        Map.of("CANCELLED", 1L, "OPEN", 1L),
        countsBy(
            "SELECT status, count(*) FROM gas_task WHERE tenant_id = ? GROUP BY status",
            gas.tenant));
    List<List<String>> entries =
        rows(
            "SELECT left_on IS NULL, last_purchase_on FROM gas_blacklist_entry WHERE tenant_id = ?"
                + " ORDER BY id",
            gas.tenant);
    assertEquals(
        List.of(
            List.of("f", today.minusMonths(5).toString()),
            List.of("t", today.minusMonths(3).minusDays(1).toString())),
        entries);
  }

  /**
   * A purchase sent by the sales system's REST integration takes the buyer off the list in the same
   * request, with the purchase as the reason and the audit task cancelled: no run needed.
   */
  @Test
  void aPurchaseThroughTheApiTakesTheBuyerOffTheListAtOnce() throws Exception {
    GasCompany gas = company("bl-api");
    LocalDate today = today(gas);
    long customer = gas.household("API-BUYER", area(gas), "9 Road");
    gas.purchase("api-old", customer, today.minusMonths(5));
    assertEquals(1, run(gas).getInt("listed"));

    HttpResponse<String> bought =
        Http.post(
            gas.api("purchases"),
            "[{\"receiptNo\":\"API-1\",\"cardNo\":\"C-API-BUYER\",\"date\":\""
                + today
                + "\",\"volumeM3\":20,\"amountYuan\":60}]",
            gas.asAdmin());
    assertEquals(200, bought.statusCode(), bought.body());
    assertEquals(1, Http.json(bought).getInt("added"));

    assertEquals(List.of(), listedNos(gas), "off the list without a run");
    assertEquals(
        List.of(today.toString(), "已于" + today + "购气", "CANCELLED", "已于" + today + "购气"),
        rows(
                "SELECT e.left_on, e.leave_reason, t.status, t.close_note FROM gas_blacklist_entry"
                    + " e JOIN gas_task t ON t.tenant_id = e.tenant_id AND t.id = e.task_id"
                    + " WHERE e.tenant_id = ? AND e.customer_id = ?",
                gas.tenant,
                customer)
            .get(0));
    assertEquals(0, run(gas).getInt("left"), "nothing left for the nightly run to do");
  }

  @Test
  void twoRunsAtOnceListEachCustomerOnceWithOneTask() throws Exception {
    GasCompany gas = company("bl-race");
    long area = area(gas);
    LocalDate old = today(gas).minusMonths(6);
    for (int i = 0; i < 30; i++) {
      gas.purchase("race-" + i, gas.household("RACE-" + i, area, i + " Road"), old);
    }
    Http.get(gas.api("blacklist"), gas.as("boss")); // the token first: both leave together
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return Http.post(gas.api("blacklist/runs"), "", gas.as("boss"));
                }));
      }
      go.countDown();
      int listed = 0;
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> r = answer.get();
        assertEquals(200, r.statusCode(), r.body());
        listed += Http.json(r).getInt("listed");
      }
      assertEquals(30, listed);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        30, count("SELECT count(*) FROM gas_blacklist_entry WHERE tenant_id = ?", gas.tenant));
    assertEquals(
        30,
        count(
            "SELECT count(DISTINCT customer_id) FROM gas_task WHERE tenant_id = ?"
                + " AND kind = 'BLACKLIST_AUDIT'",
            gas.tenant));
    assertEquals(30, count("SELECT count(*) FROM gas_task WHERE tenant_id = ?", gas.tenant));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM gas_blacklist_entry WHERE tenant_id = ? AND task_id IS NULL",
            gas.tenant));
  }

  @Test
  void leastLoadedFillsTheIdleFirstRoundRobinTakesTurnsAndAnEmptyAreaWaits() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "bl-assign");
    gas.user("boss", "inspection-supervisor");
    long area = gas.area("north", "North");
    long other = gas.area("south", "South");
    long lonely = gas.area("east", "East");
    List<Long> inspectors = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      GasCompany.Person p = gas.user("ins" + i, "inspector");
      gas.inspector(p, "BA-" + i, area);
      inspectors.add(p.userId());
    }
    LocalDate today = today(gas);
    // ins1 already has three open tasks elsewhere.
    long busy = gas.household("BUSY", other, "1 South Road");
    for (int i = 0; i < 3; i++) {
      gas.task("REVISIT", busy, other, inspectors.get(0), today, "busy:" + i);
    }
    for (int i = 0; i < 5; i++) {
      gas.purchase("ll-" + i, gas.household("LL-" + i, area, i + " Road"), today.minusMonths(4));
    }
    gas.purchase("east", gas.household("EAST", lonely, "1 East Road"), today.minusMonths(4));

    JsonObject leastLoaded = run(gas);
    assertEquals(6, leastLoaded.getInt("listed"));
    assertEquals(5, leastLoaded.getInt("assigned"));
    String byAssignee =
        "SELECT coalesce(assignee_id::text, 'none'), count(*) FROM gas_task WHERE tenant_id = ?"
            + " AND kind = 'BLACKLIST_AUDIT' GROUP BY 1";
    assertEquals(
        Map.of(
            String.valueOf(inspectors.get(1)),
            3L,
            String.valueOf(inspectors.get(2)),
            2L,
            "none",
            1L),
        countsBy(byAssignee, gas.tenant));
    JsonObject unassigned =
        Http.json(Http.get(gas.api("blacklist?unassigned=true"), gas.as("boss")));
    assertEquals(1, unassigned.getInt("total"));
    assertEquals("EAST", unassigned.getJsonArray("rows").getJsonObject(0).getString("customerNo"));

    setting(gas, "assign-round-robin", "true");
    for (int i = 0; i < 5; i++) {
      gas.purchase(
          "rr-" + i, gas.household("RR-" + i, area, "9" + i + " Road"), today.minusMonths(4));
    }
    assertEquals(5, run(gas).getInt("assigned"));
    String newOnes =
        "SELECT t.assignee_id::text, count(*) FROM gas_task t JOIN gas_customer c ON c.tenant_id"
            + " = t.tenant_id AND c.id = t.customer_id WHERE t.tenant_id = ? AND c.customer_no"
            + " LIKE 'RR-%' GROUP BY 1";
    assertEquals(
        Map.of(
            String.valueOf(inspectors.get(0)), 2L,
            String.valueOf(inspectors.get(1)), 2L,
            String.valueOf(inspectors.get(2)), 1L),
        countsBy(newOnes, gas.tenant));
    // The next batch continues after the last one served (ins2): ins3, then ins1.
    for (int i = 0; i < 2; i++) {
      gas.purchase(
          "rr2-" + i, gas.household("RS-" + i, area, "8" + i + " Road"), today.minusMonths(4));
    }
    run(gas);
    assertEquals(
        List.of(
            List.of("RS-0", String.valueOf(inspectors.get(2))),
            List.of("RS-1", String.valueOf(inspectors.get(0)))),
        rows(
            "SELECT c.customer_no, t.assignee_id FROM gas_task t JOIN gas_customer c ON"
                + " c.tenant_id = t.tenant_id AND c.id = t.customer_id WHERE t.tenant_id = ?"
                + " AND c.customer_no LIKE 'RS-%' ORDER BY 1",
            gas.tenant));
  }

  @Test
  void theSupervisorReassignsWithTheVersionSeenAndOnlyToAnInspector() throws Exception {
    GasCompany gas = company("bl-move");
    long area = area(gas);
    GasCompany.Person ins2 = gas.user("ins2", "inspector");
    gas.inspector(ins2, "B-move-2", area);
    gas.user("clerk", "auditor");
    gas.purchase("move", gas.household("MOVE", area, "1 Road"), today(gas).minusMonths(4));
    run(gas);
    JsonObject row =
        Http.json(Http.get(gas.api("blacklist"), gas.as("boss")))
            .getJsonArray("rows")
            .getJsonObject(0);
    long task = row.getJsonNumber("taskId").longValue();
    long version = row.getJsonNumber("taskVersion").longValue();
    String target =
        ins2.userId() == row.getJsonNumber("assigneeId").longValue()
            ? "{\"assigneeId\":" + gas.person("ins1").userId()
            : "{\"assigneeId\":" + ins2.userId();

    HttpResponse<String> moved =
        Http.put(
            gas.api("tasks/" + task + "/assignee"),
            target + ",\"version\":" + version + "}",
            gas.as("boss"));
    assertEquals(200, moved.statusCode(), moved.body());
    long newAssignee = Http.json(moved).getJsonNumber("assigneeId").longValue();
    assertEquals(
        String.valueOf(newAssignee),
        string(
            "SELECT assignee_id FROM gas_task WHERE tenant_id = ? AND id = ?", gas.tenant, task));
    assertTrue(Http.json(moved).getJsonNumber("version").longValue() > version);

    HttpResponse<String> stale =
        Http.put(
            gas.api("tasks/" + task + "/assignee"),
            target + ",\"version\":" + version + "}",
            gas.as("boss", "Accept-Language", "en"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(Http.json(stale).getString("detail").startsWith("Someone else has just changed"));

    HttpResponse<String> notInspector =
        Http.put(
            gas.api("tasks/" + task + "/assignee"),
            "{\"assigneeId\":" + gas.person("clerk").userId() + "}",
            gas.as("boss", "Accept-Language", "zh-CN"));
    assertEquals(400, notInspector.statusCode(), notInspector.body());
    assertEquals("任务只能分派给在岗的安检员。", Http.json(notInspector).getString("detail"));

    HttpResponse<String> byInspector =
        Http.put(gas.api("tasks/" + task + "/assignee"), target + "}", gas.as("ins1"));
    assertEquals(403, byInspector.statusCode(), byInspector.body());
    assertEquals(403, Http.post(gas.api("blacklist/runs"), "", gas.as("ins1")).statusCode());
  }

  @Test
  void aTenantNeverSeesListsRunsOrReassignsAnotherTenantsRows() throws Exception {
    GasCompany a = company("bl-iso-a");
    GasCompany b = company("bl-iso-b");
    LocalDate old = today(a).minusMonths(6);
    a.purchase("iso-a", a.household("A-1", area(a), "1 A Road"), old);
    long bCustomer = b.household("B-1", area(b), "1 B Road");
    b.purchase("iso-b", bCustomer, old);

    assertEquals(1, run(a).getInt("listed"));
    assertEquals(
        0, count("SELECT count(*) FROM gas_blacklist_entry WHERE tenant_id = ?", b.tenant));
    JsonObject aList = Http.json(Http.get(a.api("blacklist"), a.as("boss")));
    assertEquals(1, aList.getInt("total"));
    assertEquals("A-1", aList.getJsonArray("rows").getJsonObject(0).getString("customerNo"));

    assertEquals(1, run(b).getInt("listed"));
    long bTask = count("SELECT task_id FROM gas_blacklist_entry WHERE tenant_id = ?", b.tenant);
    String bAssignee =
        string("SELECT assignee_id FROM gas_task WHERE tenant_id = ? AND id = ?", b.tenant, bTask);
    HttpResponse<String> guessed =
        Http.put(
            a.api("tasks/" + bTask + "/assignee"),
            "{\"assigneeId\":" + a.person("ins1").userId() + "}",
            a.as("boss"));
    assertEquals(404, guessed.statusCode(), guessed.body());
    assertEquals(
        bAssignee,
        string("SELECT assignee_id FROM gas_task WHERE tenant_id = ? AND id = ?", b.tenant, bTask));
    // A's leavers, trend and filter by B's area show nothing of B.
    assertEquals(
        0, Http.json(Http.get(a.api("blacklist?areaId=" + area(b)), a.as("boss"))).getInt("total"));
    assertEquals(0, Http.jsonArray(Http.get(a.api("blacklist/leavers"), a.as("boss"))).size());
    JsonObject lastWeek =
        Http.jsonArray(Http.get(a.api("blacklist/trend"), a.as("boss"))).getJsonObject(11);
    assertEquals(1, lastWeek.getInt("size"));
    assertNull(
        string(
            "SELECT 1 FROM gas_task WHERE tenant_id = ? AND customer_id = ?", a.tenant, bCustomer));
  }
}
