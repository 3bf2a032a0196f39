package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * No N+1 queries: each main list and detail, REST and page, sends as many SQL statements with
 * {@value #MANY} rows as with {@value #FEW}, and no more than a small bound. The count is the
 * application's own ({@code X-Opsuite-Statements}, on in the tests' environment).
 *
 * <p>Each {@link Case} says how to add its i-th row and which requests show those rows (the REST
 * list, the page, a detail); a new list is one more entry in a module's table. Every view is
 * measured before any assertion, so one run prints all counts.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

  static final int FEW = 3;
  static final int MANY = 40;

  /** Statements a REST request may send: the caller, tenant and permission reads plus its own. */
  static final int REST_BOUND = 20;

  /**
   * Pages also read the session's user, the menu's modules and the view's own choices (the
   * approvals page, the most, counts all three boxes: 32).
   */
  static final int PAGE_BOUND = 35;

  private static final Pattern TABLE_ROW = Pattern.compile("data-ri=\"");

  @ArquillianResource URL base;

  /** Rows of one kind, how to add the i-th (from 0), and the requests that show them. */
  record Case(String rows, IntConsumer addRow, View... views) {}

  /**
   * A request that shows a case's rows. A list's rows are the answer's first list (or a page's
   * table rows), so a list that showed none would prove nothing; a detail's rows are its children,
   * which it need not list.
   */
  record View(String name, Supplier<HttpResponse<String>> request, int bound, boolean list) {

    static View rest(String name, Supplier<HttpResponse<String>> request) {
      return new View(name, request, REST_BOUND, true);
    }

    static View detail(String name, Supplier<HttpResponse<String>> request) {
      return new View(name, request, REST_BOUND, false);
    }

    static View page(String name, Supplier<HttpResponse<String>> request) {
      return new View(name, request, PAGE_BOUND, true);
    }
  }

  /** What one view sent with few and with many rows, and how many rows it showed. */
  record Measured(View view, int fewStatements, int manyStatements, int fewShown, int manyShown) {

    String line() {
      return String.format(
          "%-36s %3d statements (%2d shown)  %3d statements (%2d shown)",
          view.name(), fewStatements, fewShown, manyStatements, manyShown);
    }

    Executable check() {
      return () -> {
        assertTrue(!view.list() || manyShown > 0, view.name() + " shows its rows: " + line());
        assertTrue(manyStatements <= fewStatements, view.name() + " grows with rows: " + line());
        assertTrue(manyStatements <= view.bound(), view.name() + " sends too much: " + line());
      };
    }
  }

  @Test
  void coreListsSendAsManyStatementsForFortyRowsAsForThree() {
    URI root = root();
    ApprovalOrg org = new ApprovalOrg(root, "sql-core");
    GasCompany rows = GasCompany.of(root, org.tenant); // its inserts work for any tenant table
    String[] admin = Http.asTenant(org.tenant);
    String[] page = Http.pageSession(root, org.tenant);
    String[] managerPage =
        Http.pageSession(root, org.tenant, org.person("manager1").email(), ApprovalOrg.PASSWORD);
    measure(
        "core",
        List.of(
            new Case(
                "staff members",
                i ->
                    rows.insert(
                        "staff_member",
                        "INSERT INTO staff_member (tenant_id, id, name) VALUES (?, ?, ?)",
                        "Staff " + i),
                View.rest("GET core/org/staff", () -> Http.get(org.api("org/staff"), admin)),
                View.page("page core/staff.xhtml", () -> Http.get(page(root, org, "staff"), page))),
            new Case(
                "departments",
                i ->
                    assertEquals(
                        201,
                        Http.post(
                                org.api("org/units"),
                                Json.createObjectBuilder()
                                    .add("parentId", org.companyId)
                                    .add("kind", "DEPARTMENT")
                                    .add("name", "Unit " + i)
                                    .add("headTitle", "Head " + i)
                                    .build()
                                    .toString(),
                                admin)
                            .statusCode()),
                View.rest("GET core/org/units", () -> Http.get(org.api("org/units"), admin))),
            new Case(
                "expense claims of two clerks",
                i -> org.claim(i % 2 == 0 ? "clerk" : "clerk2", "SQL-" + i, 100 + i),
                View.rest(
                    "GET core/approvals/inbox submitted",
                    () -> Http.get(org.api("approvals/inbox?box=submitted"), org.as("clerk"))),
                View.rest(
                    "GET core/approvals/inbox pending",
                    () -> Http.get(org.api("approvals/inbox?box=pending"), org.as("manager1"))),
                // cards, not table rows: nothing to count them by
                new View(
                    "page core/approvals.xhtml",
                    () -> Http.get(page(root, org, "approvals"), managerPage),
                    PAGE_BOUND,
                    false)),
            new Case(
                "KPI indicators",
                i ->
                    rows.insert(
                        "kpi_indicator",
                        "INSERT INTO kpi_indicator (tenant_id, id, code, name_zh, name_en, unit,"
                            + " direction, period_kind, source, updated_at, updated_by)"
                            + " VALUES (?, ?, ?, ?, ?, 'PERCENT', 'HIGHER_IS_BETTER', 'MONTH',"
                            + " 'MANUAL', now(), 'test')",
                        "sql-" + i,
                        "指标 " + i,
                        "Indicator " + i),
                View.rest(
                    "GET core/kpi/indicators", () -> Http.get(org.api("kpi/indicators"), admin)),
                View.page(
                    "page core/indicators.xhtml",
                    () -> Http.get(page(root, org, "indicators"), page))),
            new Case(
                "audit events",
                i ->
                    rows.insert(
                        "audit_event",
                        "INSERT INTO audit_event (tenant_id, id, actor, action) VALUES (?, ?, ?, ?)",
                        "someone",
                        "test.row-" + i),
                View.rest("GET core/audit", () -> Http.get(org.api("audit"), admin)),
                View.page(
                    "page core/audit.xhtml", () -> Http.get(page(root, org, "audit"), page)))));
  }

  @Test
  void gasListsSendAsManyStatementsForFortyRowsAsForThree() {
    URI root = root();
    GasField field = new GasField(root, "sql-gas");
    GasCompany gas = field.company;
    GasCompany.Person inspector = field.inspector("insp", "B-1");
    gas.user("sup", "inspection-supervisor");
    long detailed = gas.household("D-1", field.area, "1 Detail Road");
    String[] admin = gas.asAdmin();
    String[] page = Http.pageSession(root, gas.tenant);
    String[] inspectorPage =
        Http.pageSession(root, gas.tenant, inspector.email(), GasCompany.PASSWORD);
    OffsetDateTime now = OffsetDateTime.now();
    LocalDate today = LocalDate.now();
    measure(
        "gas-inspection",
        List.of(
            new Case(
                "customers",
                i -> gas.household("C-" + i, field.area, i + " List Road"),
                View.rest("GET gas/customers", () -> Http.get(gas.api("customers"), admin)),
                View.page(
                    "page gas/customers.xhtml",
                    () -> Http.get(gasPage(root, gas, "customers"), page))),
            new Case(
                "purchases and visits of one customer",
                i -> {
                  gas.purchase("sql:" + i, detailed, today.minusDays(i));
                  gas.inspection(detailed, inspector, "COMPLETED", now.minusDays(i));
                },
                View.detail(
                    "GET gas/customers/{id}",
                    () -> Http.get(gas.api("customers/" + detailed), admin))),
            new Case(
                "an inspector's tasks for today",
                i -> field.taskFor(inspector, "T-" + i, i + " Task Road"),
                View.rest(
                    "GET gas/tasks/mine", () -> Http.get(gas.api("tasks/mine"), gas.as("insp"))),
                // cards, not table rows: nothing to count them by
                new View(
                    "page gas/today.xhtml",
                    () -> Http.get(gasPage(root, gas, "today"), inspectorPage),
                    PAGE_BOUND,
                    false)),
            new Case(
                "hazards",
                i -> {
                  long customer = gas.household("H-" + i, field.area, i + " Hazard Road");
                  long visit = gas.inspection(customer, inspector, "COMPLETED", now);
                  gas.hazard(visit, customer, "hose", "OPEN", today.plusDays(7), null);
                },
                View.rest("GET gas/hazards", () -> Http.get(gas.api("hazards"), admin)),
                View.page(
                    "page gas/hazards.xhtml", () -> Http.get(gasPage(root, gas, "hazards"), page))),
            new Case(
                "theft cases",
                i ->
                    gas.theftCase(
                        "TC-" + i,
                        gas.household("X-" + i, field.area, i + " Theft Road"),
                        "UNDER_REVIEW",
                        gas.person("sup"),
                        now),
                View.rest("GET gas/theft-cases", () -> Http.get(gas.api("theft-cases"), admin)),
                View.page(
                    "page gas/theft-cases.xhtml",
                    () -> Http.get(gasPage(root, gas, "theft-cases"), page))),
            new Case(
                "blacklisted customers",
                i ->
                    gas.blacklisted(
                        gas.household("B-" + i, field.area, i + " Quiet Road"),
                        today.minusDays(1),
                        null),
                View.rest("GET gas/blacklist", () -> Http.get(gas.api("blacklist"), admin)),
                View.page(
                    "page gas/blacklist.xhtml",
                    () -> Http.get(gasPage(root, gas, "blacklist"), page)))));
  }

  @Test
  void onlineOpsListsSendAsManyStatementsForFortyRowsAsForThree() {
    URI root = root();
    OnlineTicketsData desk = new OnlineTicketsData(root, "sql-tix");
    OnlineContentData content = new OnlineContentData(root, "sql-con");
    OnlineCampaignsData campaigns = new OnlineCampaignsData(new OnlineCompany(root, "sql-cam"));
    OnlineDesignData design = new OnlineDesignData(root, "sql-des");
    long ticket = OnlineTicketsData.id(desk.opened("clerk", ticket(-1)));
    long item =
        content.created(
            "clerk", OnlineContentData.draft("Detailed", "ARTICLE", false, content.website));
    measure(
        "online-ops",
        List.of(
            new Case(
                "tickets",
                i -> desk.opened("clerk", ticket(i)),
                View.rest(
                    "GET online/tickets",
                    () -> Http.get(desk.co.api("tickets"), desk.co.asAdmin())),
                View.page(
                    "page online/tickets.xhtml",
                    () ->
                        Http.get(
                            onlinePage(root, desk.co, "tickets"),
                            Http.pageSession(root, desk.co.tenant)))),
            new Case(
                "messages of one ticket",
                i ->
                    desk.ok(
                        "clerk",
                        ticket,
                        "messages",
                        Json.createObjectBuilder().add("content", "Message " + i)),
                View.detail(
                    "GET online/tickets/{id}",
                    () -> Http.get(desk.co.api("tickets/" + ticket), desk.co.asAdmin()))),
            new Case(
                "content items",
                i ->
                    content.created(
                        "clerk",
                        OnlineContentData.draft("Piece " + i, "ARTICLE", false, content.website)),
                View.rest(
                    "GET online/content",
                    () -> Http.get(content.co.api("content"), content.co.asAdmin())),
                View.page(
                    "page online/content.xhtml",
                    () ->
                        Http.get(
                            onlinePage(root, content.co, "content"),
                            Http.pageSession(root, content.co.tenant)))),
            new Case(
                "platforms of one content item",
                i ->
                    content.co.execute(
                        "INSERT INTO online_content_platform (tenant_id, content_id, platform_id)"
                            + " VALUES (?, ?, ?)",
                        content.co.tenant,
                        item,
                        content.co.platform("OTHER", "Outlet " + i, "manager1")),
                View.detail(
                    "GET online/content/{id}",
                    () -> Http.get(content.co.api("content/" + item), content.co.asAdmin()))),
            new Case(
                "platforms",
                i -> campaigns.co.platform("WEIBO", "Weibo " + i, "manager2"),
                View.rest(
                    "GET online/platforms",
                    () -> Http.get(campaigns.co.api("platforms"), campaigns.co.asAdmin())),
                View.page(
                    "page online/platforms.xhtml",
                    () ->
                        Http.get(
                            onlinePage(root, campaigns.co, "platforms"),
                            Http.pageSession(root, campaigns.co.tenant)))),
            new Case(
                "campaigns",
                i -> campaigns.draft("Open day " + i, "100", "300"),
                View.rest(
                    "GET online/campaigns",
                    () -> Http.get(campaigns.co.api("campaigns"), campaigns.co.asAdmin())),
                View.page(
                    "page online/campaigns.xhtml",
                    () ->
                        Http.get(
                            onlinePage(root, campaigns.co, "campaigns"),
                            Http.pageSession(root, campaigns.co.tenant)))),
            new Case(
                "design requests",
                i -> design.filed("salesclerk", "Poster " + i, null, null),
                View.rest(
                    "GET online/design-requests",
                    () -> Http.get(design.co.api("design-requests"), design.co.asAdmin())),
                View.page(
                    "page online/design-requests.xhtml",
                    () ->
                        Http.get(
                            onlinePage(root, design.co, "design-requests"),
                            Http.pageSession(root, design.co.tenant)))),
            new Case(
                "expense claims",
                i -> design.claim("clerk", "PROMOTION", "100", LocalDate.now()),
                View.rest(
                    "GET online/expense-claims",
                    () ->
                        Http.get(design.co.api("expense-claims?all=true"), design.co.asAdmin())))));
  }

  private static URI page(URI root, ApprovalOrg org, String name) {
    return root.resolve("t/" + org.tenant + "/core/" + name + ".xhtml");
  }

  private static URI gasPage(URI root, GasCompany gas, String name) {
    return root.resolve("t/" + gas.tenant + "/gas-inspection/" + name + ".xhtml");
  }

  private static URI onlinePage(URI root, OnlineCompany co, String name) {
    return root.resolve("t/" + co.tenant + "/online-ops/" + name + ".xhtml");
  }

  private static jakarta.json.JsonObjectBuilder ticket(int i) {
    return OnlineTicketsData.ticket("INQUIRY", "Question " + i, null);
  }

  /** Measures every view of every case, prints the module's table, then checks them all. */
  private static void measure(String module, List<Case> cases) {
    List<Measured> results = new ArrayList<>();
    for (Case c : cases) {
      int row = 0;
      for (; row < FEW; row++) {
        c.addRow().accept(row);
      }
      List<int[]> few = new ArrayList<>();
      for (View v : c.views()) {
        few.add(new int[] {statements(v), shown(v.request().get())});
      }
      for (; row < MANY; row++) {
        c.addRow().accept(row);
      }
      for (int i = 0; i < c.views().length; i++) {
        View v = c.views()[i];
        int many = statements(v);
        results.add(new Measured(v, few.get(i)[0], many, few.get(i)[1], shown(v.request().get())));
      }
    }
    StringBuilder table = new StringBuilder("SQL statements per request, " + module + ": with ");
    table.append(FEW).append(" rows, with ").append(MANY).append(" rows\n");
    results.forEach(m -> table.append("  ").append(m.line()).append('\n'));
    System.out.print(table);
    assertAll(results.stream().map(Measured::check));
  }

  /**
   * The request's statement count: the least of two requests, so that a cache filled by the first
   * (settings, the menu's modules) is not counted against the rows.
   */
  private static int statements(View v) {
    int least = Integer.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> response = v.request().get();
      assertEquals(200, response.statusCode(), v.name() + ": " + response.body());
      String header =
          response
              .headers()
              .firstValue("X-Opsuite-Statements")
              .orElseThrow(() -> new AssertionError(v.name() + ": no statement count header"));
      least = Math.min(least, Integer.parseInt(header));
    }
    return least;
  }

  /** Rows the answer shows: a page's table rows, or the first list in a JSON answer. */
  private static int shown(HttpResponse<String> response) {
    String body = response.body();
    if (!body.startsWith("{") && !body.startsWith("[")) {
      Matcher rows = TABLE_ROW.matcher(body);
      int n = 0;
      while (rows.find()) {
        n++;
      }
      return n;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return firstList(reader.read());
    }
  }

  private static int firstList(JsonStructure json) {
    if (json instanceof JsonArray array) {
      return array.size();
    }
    for (JsonValue value : ((JsonObject) json).values()) {
      if (value instanceof JsonArray array) {
        return array.size();
      }
    }
    for (JsonValue value : ((JsonObject) json).values()) {
      if (value instanceof JsonObject inner) {
        return firstList(inner);
      }
    }
    return 0;
  }

  private URI root() {
    try {
      return base.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
