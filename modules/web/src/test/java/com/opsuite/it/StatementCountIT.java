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
 * <p>Each {@link Case} says how to add its i-th row and how to ask; a new list is one more line in
 * a module's table. Every case is measured before any assertion, so one run prints all counts.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

  static final int FEW = 3;
  static final int MANY = 40;

  /** Statements a REST request may send: the caller, tenant and permission reads plus its own. */
  static final int REST_BOUND = 20;

  /** Pages also read the session's user, the menu's modules and the view's own data. */
  static final int PAGE_BOUND = 30;

  private static final Pattern TABLE_ROW = Pattern.compile("data-ri=\"");

  @ArquillianResource URL base;

  /**
   * One list or detail: how to add its i-th row (from 0), how to ask for it, what it may send. A
   * list's rows are the answer's first list (or a page's table rows), so a list that showed none
   * would prove nothing; a detail's rows are its children, which it need not list.
   */
  record Case(
      String name,
      IntConsumer addRow,
      Supplier<HttpResponse<String>> request,
      int bound,
      boolean list) {

    static Case rest(String name, IntConsumer addRow, Supplier<HttpResponse<String>> request) {
      return new Case(name, addRow, request, REST_BOUND, true);
    }

    static Case detail(String name, IntConsumer addRow, Supplier<HttpResponse<String>> request) {
      return new Case(name, addRow, request, REST_BOUND, false);
    }

    static Case page(String name, IntConsumer addRow, Supplier<HttpResponse<String>> request) {
      return new Case(name, addRow, request, PAGE_BOUND, true);
    }
  }

  /** What one case sent with few and with many rows, and how many rows the answer showed. */
  record Measured(Case c, int fewStatements, int manyStatements, int fewShown, int manyShown) {

    String line() {
      return String.format(
          "%-34s %3d statements (%2d shown)  %3d statements (%2d shown)",
          c.name(), fewStatements, fewShown, manyStatements, manyShown);
    }

    Executable check() {
      return () -> {
        assertTrue(!c.list() || manyShown > 0, c.name() + " shows its rows: " + line());
        assertTrue(manyStatements <= fewStatements, c.name() + " grows with its rows: " + line());
        assertTrue(manyStatements <= c.bound(), c.name() + " sends too much SQL: " + line());
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
    measure(
        "core",
        List.of(
            Case.rest(
                "GET core/org/staff",
                i ->
                    rows.insert(
                        "staff_member",
                        "INSERT INTO staff_member (tenant_id, id, name) VALUES (?, ?, ?)",
                        "Staff " + i),
                () -> Http.get(org.api("org/staff"), admin)),
            Case.rest(
                "GET core/org/units",
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
                () -> Http.get(org.api("org/units"), admin)),
            Case.rest(
                "GET core/approvals/inbox submitted",
                i -> org.claim("clerk", "SQL-" + i, 100 + i),
                () -> Http.get(org.api("approvals/inbox?box=submitted"), org.as("clerk"))),
            Case.rest(
                "GET core/approvals/inbox pending",
                i -> org.claim("clerk2", "SQL2-" + i, 100 + i),
                () -> Http.get(org.api("approvals/inbox?box=pending"), org.as("manager1"))),
            Case.rest(
                "GET core/kpi/indicators",
                i ->
                    rows.insert(
                        "kpi_indicator",
                        "INSERT INTO kpi_indicator (tenant_id, id, code, name_zh, name_en, unit,"
                            + " direction, period_kind, source, updated_at, updated_by)"
                            + " VALUES (?, ?, ?, ?, ?, '%', 'HIGHER_IS_BETTER', 'MONTH', 'MANUAL',"
                            + " now(), 'test')",
                        "sql-" + i,
                        "指标 " + i,
                        "Indicator " + i),
                () -> Http.get(org.api("kpi/indicators"), admin)),
            Case.rest(
                "GET core/audit",
                i ->
                    rows.insert(
                        "audit_event",
                        "INSERT INTO audit_event (tenant_id, id, actor, action) VALUES (?, ?, ?, ?)",
                        "someone",
                        "test.row-" + i),
                () -> Http.get(org.api("audit"), admin)),
            Case.page(
                "page core/staff.xhtml",
                i ->
                    rows.insert(
                        "staff_member",
                        "INSERT INTO staff_member (tenant_id, id, name) VALUES (?, ?, ?)",
                        "Page staff " + i),
                () -> Http.get(root.resolve("t/" + org.tenant + "/core/staff.xhtml"), page)),
            Case.page(
                "page core/approvals.xhtml",
                i -> org.claim("clerk", "SQLP-" + i, 100 + i),
                () ->
                    Http.get(
                        root.resolve("t/" + org.tenant + "/core/approvals.xhtml"),
                        Http.pageSession(
                            root,
                            org.tenant,
                            org.person("clerk").email(),
                            ApprovalOrg.PASSWORD)))));
  }

  @Test
  void gasListsSendAsManyStatementsForFortyRowsAsForThree() {
    URI root = root();
    GasField field = new GasField(root, "sql-gas");
    GasCompany gas = field.company;
    GasCompany.Person inspector = field.inspector("insp", "B-1");
    gas.user("sup", "inspection-supervisor");
    long detailed = gas.household("D-1", field.area, "1 Detail Road");
    String[] page = Http.pageSession(root, gas.tenant);
    OffsetDateTime now = OffsetDateTime.now();
    LocalDate today = LocalDate.now();
    measure(
        "gas-inspection",
        List.of(
            Case.rest(
                "GET gas/customers",
                i -> gas.household("C-" + i, field.area, i + " List Road"),
                () -> Http.get(gas.api("customers"), gas.asAdmin())),
            Case.detail(
                "GET gas/customers/{id}",
                i -> {
                  gas.purchase("sql:" + i, detailed, today.minusDays(i));
                  gas.inspection(detailed, inspector, "COMPLETED", now.minusDays(i));
                },
                () -> Http.get(gas.api("customers/" + detailed), gas.asAdmin())),
            Case.rest(
                "GET gas/tasks/mine",
                i -> field.taskFor(inspector, "T-" + i, i + " Task Road"),
                () -> Http.get(gas.api("tasks/mine"), gas.as("insp"))),
            Case.rest(
                "GET gas/hazards",
                i -> {
                  long customer = gas.household("H-" + i, field.area, i + " Hazard Road");
                  long visit = gas.inspection(customer, inspector, "COMPLETED", now);
                  gas.hazard(visit, customer, "hose", "OPEN", today.plusDays(7), null);
                },
                () -> Http.get(gas.api("hazards"), gas.asAdmin())),
            Case.rest(
                "GET gas/theft-cases",
                i ->
                    gas.theftCase(
                        "TC-" + i,
                        gas.household("X-" + i, field.area, i + " Theft Road"),
                        "UNDER_REVIEW",
                        gas.person("sup"),
                        now),
                () -> Http.get(gas.api("theft-cases"), gas.asAdmin())),
            Case.rest(
                "GET gas/blacklist",
                i ->
                    gas.blacklisted(
                        gas.household("B-" + i, field.area, i + " Quiet Road"),
                        today.minusDays(1),
                        null),
                () -> Http.get(gas.api("blacklist"), gas.asAdmin())),
            Case.page(
                "page gas/customers.xhtml",
                i -> gas.household("P-" + i, field.area, i + " Page Road"),
                () ->
                    Http.get(
                        root.resolve("t/" + gas.tenant + "/gas-inspection/customers.xhtml"), page)),
            Case.page(
                "page gas/hazards.xhtml",
                i -> {
                  long customer = gas.household("HP-" + i, field.area, i + " Hazard Lane");
                  long visit = gas.inspection(customer, inspector, "COMPLETED", now);
                  gas.hazard(visit, customer, "hose", "OPEN", today.plusDays(7), null);
                },
                () ->
                    Http.get(
                        root.resolve("t/" + gas.tenant + "/gas-inspection/hazards.xhtml"), page)),
            Case.page(
                "page gas/theft-cases.xhtml",
                i ->
                    gas.theftCase(
                        "TP-" + i,
                        gas.household("XP-" + i, field.area, i + " Theft Lane"),
                        "UNDER_REVIEW",
                        gas.person("sup"),
                        now),
                () ->
                    Http.get(
                        root.resolve("t/" + gas.tenant + "/gas-inspection/theft-cases.xhtml"),
                        page))));
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
            Case.rest(
                "GET online/tickets",
                i -> desk.opened("clerk", ticket(i)),
                () -> Http.get(desk.co.api("tickets"), desk.co.asAdmin())),
            Case.detail(
                "GET online/tickets/{id}",
                i ->
                    desk.ok(
                        "clerk",
                        ticket,
                        "messages",
                        Json.createObjectBuilder().add("content", "Message " + i)),
                () -> Http.get(desk.co.api("tickets/" + ticket), desk.co.asAdmin())),
            Case.page(
                "page online/tickets.xhtml",
                i -> desk.opened("clerk", ticket(100 + i)),
                () ->
                    Http.get(
                        root.resolve("t/" + desk.co.tenant + "/online-ops/tickets.xhtml"),
                        Http.pageSession(root, desk.co.tenant))),
            Case.rest(
                "GET online/content",
                i ->
                    content.created(
                        "clerk",
                        OnlineContentData.draft("Piece " + i, "ARTICLE", false, content.website)),
                () -> Http.get(content.co.api("content"), content.co.asAdmin())),
            Case.detail(
                "GET online/content/{id}",
                i ->
                    content.co.execute(
                        "INSERT INTO online_content_platform (tenant_id, content_id, platform_id)"
                            + " VALUES (?, ?, ?)",
                        content.co.tenant,
                        item,
                        content.co.platform("OTHER", "Outlet " + i, "manager1")),
                () -> Http.get(content.co.api("content/" + item), content.co.asAdmin())),
            Case.page(
                "page online/content.xhtml",
                i ->
                    content.created(
                        "clerk",
                        OnlineContentData.draft("Paged " + i, "NEWS", false, content.wechat)),
                () ->
                    Http.get(
                        root.resolve("t/" + content.co.tenant + "/online-ops/content.xhtml"),
                        Http.pageSession(root, content.co.tenant))),
            Case.rest(
                "GET online/platforms",
                i -> content.co.platform("WEIBO", "Weibo " + i, "manager2"),
                () -> Http.get(content.co.api("platforms"), content.co.asAdmin())),
            Case.page(
                "page online/platforms.xhtml",
                i -> content.co.platform("ZHIHU", "Zhihu " + i, "manager2"),
                () ->
                    Http.get(
                        root.resolve("t/" + content.co.tenant + "/online-ops/platforms.xhtml"),
                        Http.pageSession(root, content.co.tenant))),
            Case.rest(
                "GET online/campaigns",
                i -> campaigns.draft("Open day " + i, "100", "300"),
                () -> Http.get(campaigns.co.api("campaigns"), campaigns.co.asAdmin())),
            Case.page(
                "page online/campaigns.xhtml",
                i -> campaigns.draft("Fair " + i, "100", "300"),
                () ->
                    Http.get(
                        root.resolve("t/" + campaigns.co.tenant + "/online-ops/campaigns.xhtml"),
                        Http.pageSession(root, campaigns.co.tenant))),
            Case.rest(
                "GET online/design-requests",
                i -> design.filed("salesclerk", "Poster " + i, null, null),
                () -> Http.get(design.co.api("design-requests"), design.co.asAdmin())),
            Case.page(
                "page online/design-requests.xhtml",
                i -> design.filed("salesclerk", "Leaflet " + i, null, null),
                () ->
                    Http.get(
                        root.resolve("t/" + design.co.tenant + "/online-ops/design-requests.xhtml"),
                        Http.pageSession(root, design.co.tenant))),
            Case.rest(
                "GET online/expense-claims",
                i -> design.claim("clerk", "PROMOTION", "100", LocalDate.now()),
                () -> Http.get(design.co.api("expense-claims?all=true"), design.co.asAdmin()))));
  }

  private static jakarta.json.JsonObjectBuilder ticket(int i) {
    return OnlineTicketsData.ticket("INQUIRY", "Question " + i, null);
  }

  /** Measures every case, prints the module's table, then checks them all. */
  private static void measure(String module, List<Case> cases) {
    List<Measured> results = new ArrayList<>();
    for (Case c : cases) {
      int row = 0;
      for (; row < FEW; row++) {
        c.addRow().accept(row);
      }
      HttpResponse<String> few = c.request().get();
      int fewStatements = statements(c);
      for (; row < MANY; row++) {
        c.addRow().accept(row);
      }
      HttpResponse<String> many = c.request().get();
      int manyStatements = statements(c);
      results.add(new Measured(c, fewStatements, manyStatements, shown(few), shown(many)));
    }
    StringBuilder table =
        new StringBuilder("SQL statements per request, " + module + ": with " + FEW + " rows");
    table.append(", with ").append(MANY).append(" rows\n");
    results.forEach(m -> table.append("  ").append(m.line()).append('\n'));
    System.out.print(table);
    assertAll(results.stream().map(Measured::check));
  }

  /**
   * The request's statement count: the least of two requests, so that a cache filled by the first
   * (settings, the menu's modules) is not counted against the rows.
   */
  private static int statements(Case c) {
    int least = Integer.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> response = c.request().get();
      assertEquals(200, response.statusCode(), c.name() + ": " + response.body());
      String header =
          response
              .headers()
              .firstValue("X-Opsuite-Statements")
              .orElseThrow(() -> new AssertionError(c.name() + ": no statement count header"));
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
