package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.UpdateOperations.Operation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people edit the same record at once: the first save wins, the second is told clearly and
 * nothing of the first is silently overwritten. Every REST operation that changes an existing
 * record is swept from the product's resources (it must carry the version read, or be listed in
 * {@link NotVersioned} with why it cannot overwrite anything); each module's main edit form is
 * posted back stale and must show the conflict in the form, keeping what was typed.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditsIT {

  @ArquillianResource URL base;

  private URI root;

  @BeforeEach
  void root() throws Exception {
    root = base.toURI();
  }

  @Test
  void everyUpdateOperationCarriesTheVersionItWasBasedOn() {
    List<Operation> operations = UpdateOperations.ofProduct();
    Set<String> found = operations.stream().map(Operation::key).collect(Collectors.toSet());
    Set<String> uncovered = new TreeSet<>();
    long versioned = 0;
    for (Operation op : operations) {
      if (op.versioned()) {
        versioned++;
      } else if (!NotVersioned.REASONS.containsKey(op.key())) {
        uncovered.add(op.key());
      }
    }
    Set<String> vanished = new TreeSet<>(NotVersioned.REASONS.keySet());
    vanished.removeAll(found);
    Set<String> listedButVersioned =
        operations.stream()
            .filter(op -> op.versioned() && NotVersioned.REASONS.containsKey(op.key()))
            .map(Operation::key)
            .collect(Collectors.toCollection(TreeSet::new));
    System.out.printf(
        "ConcurrentEditsIT: %d update operations swept: %d carry the version read, %d listed as"
            + " unable to overwrite (%s), %d uncovered%n",
        operations.size(),
        versioned,
        operations.size() - versioned - uncovered.size(),
        NotVersioned.countsByReason(),
        uncovered.size());
    // The modules' resources must be among those found, or the sweep would pass on nothing.
    assertTrue(
        found.containsAll(
            Set.of(
                "PUT v1/core/org/units/{id}",
                "PUT v1/gas-inspection/customers/{id}",
                "PUT v1/online-ops/platforms/{id}")),
        "the modules' operations were not found: " + found);
    assertEquals(
        Set.of(),
        uncovered,
        "update operations that neither carry the version read (If-Match, ?version= or a version"
            + " field) nor are listed in NotVersioned with a reason");
    assertEquals(Set.of(), vanished, "NotVersioned lists operations that no longer exist");
    assertEquals(Set.of(), listedButVersioned, "NotVersioned lists operations carrying a version");
  }

  @Test
  void aStaleSaveOfTheGasCustomerFormIsRefusedInTheFormKeepingTheInput() throws Exception {
    String tenant = TestTenants.signUp(root, "edits-gas", "gas-inspection");
    GasCompany gas = GasCompany.of(root, tenant);
    long area = gas.area("E", "East");
    long id = gas.customer("E-1", "王五", "RESIDENTIAL", area, "1 East Road");
    PageSession page = adminPage(tenant);
    HttpResponse<String> form = page.get("t/" + tenant + "/gas-inspection/customer.xhtml?id=" + id);
    long version =
        Http.json(Http.get(gas.api("customers/" + id), gas.asAdmin()))
            .getJsonObject("customer")
            .getJsonNumber("version")
            .longValue();

    HttpResponse<String> second =
        saveAfterAnother(
            page,
            form,
            "edit",
            "name",
            "王五（页面）",
            () ->
                Http.put(
                    gas.api("customers/" + id),
                    GasRegistryIT.customer("E-1", "王五（服务站）", area, version),
                    gas.asAdmin()));

    assertRefusedKeepingInput(
        second, "王五（页面）", "com.opsuite.gas.i18n.messages", "customer.conflict");
    assertEquals(
        "王五（服务站）",
        stored("SELECT name FROM gas_customer WHERE tenant_id = ? AND id = ?", tenant, id));
  }

  /**
   * Re-appointing an inspector replaced badge and areas with no version: two supervisors changing
   * the same inspector at once silently lost one change. Now a change carries the version read.
   */
  @Test
  void aStaleReappointmentOfAnInspectorIsRefused() throws Exception {
    GasCompany gas = new GasCompany(root, "edits-insp");
    long east = gas.area("E", "East");
    long west = gas.area("W", "West");
    URI walker = gas.api("inspectors/" + gas.user("walker", "inspector").userId());
    long appointed =
        inspectorVersion(Http.put(walker, appointment("B-1", east, null), gas.asAdmin()));

    // Areas alone changed: the version moves all the same.
    long changed =
        inspectorVersion(Http.put(walker, appointment("B-1", west, appointed), gas.asAdmin()));
    assertTrue(changed > appointed, "version unchanged by a change of areas");
    HttpResponse<String> stale =
        Http.put(walker, appointment("B-2", east, appointed), gas.asAdmin("Accept-Language", "en"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(
        ResourceBundle.getBundle("com.opsuite.core.i18n.messages", Locale.ENGLISH)
            .getString("problem.conflict.detail"),
        Http.json(stale).getString("detail"));
    HttpResponse<String> blind = Http.put(walker, appointment("B-3", east, null), gas.asAdmin());
    assertEquals(400, blind.statusCode(), blind.body());

    JsonObject now =
        Http.jsonArray(Http.get(gas.api("inspectors"), gas.asAdmin())).getJsonObject(0);
    assertEquals("B-1", now.getString("badgeNo"));
    assertEquals(west, now.getJsonArray("areaIds").getJsonNumber(0).longValue());
  }

  /**
   * A user's roles were replaced with no version (the account's own moves at every sign-in): two
   * administrators assigning roles at once silently lost one assignment. Now the roles version read
   * goes back as If-Match, and a sign-in does not make it stale.
   */
  @Test
  void aStaleAssignmentOfRolesIsRefused() {
    String tenant = TestTenants.signUp(root, "edits-roles");
    String[] admin = Http.asTenant(tenant, "Accept-Language", "en");
    for (String role : List.of("custom.edits-a", "custom.edits-b")) {
      HttpResponse<String> r =
          Http.put(
              root.resolve("api/v1/core/roles/" + role),
              "{\"permissions\":[\"core.kpi.read\"]}",
              admin);
      assertEquals(200, r.statusCode(), r.body());
    }
    String email = "clerk@" + tenant + ".example.com";
    HttpResponse<String> added =
        Http.post(
            root.resolve("api/v1/core/users"),
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", "Clerk")
                .add("password", TestTenants.PASSWORD)
                .add("roles", Json.createArrayBuilder())
                .build()
                .toString(),
            admin);
    assertEquals(201, added.statusCode(), added.body());
    long id = Http.json(added).getJsonNumber("id").longValue();
    URI roles = root.resolve("api/v1/core/users/" + id + "/roles");
    long read = Http.json(added).getJsonNumber("rolesVersion").longValue();

    HttpResponse<String> first =
        Http.put(roles, "[\"custom.edits-a\"]", UserRoles.ifMatch(read, admin));
    assertEquals(200, first.statusCode(), first.body());
    HttpResponse<String> second =
        Http.put(roles, "[\"custom.edits-b\"]", UserRoles.ifMatch(read, admin));
    assertConflict(second, "com.opsuite.core.i18n.messages", "problem.conflict.detail");
    assertEquals(400, Http.put(roles, "[\"custom.edits-b\"]", admin).statusCode());
    assertEquals(List.of("custom.edits-a"), heldRoles(tenant, id));

    // The user signs in (their account's version moves): the roles version read is still current.
    Http.token(root, tenant, email, TestTenants.PASSWORD);
    long now = UserRoles.version(root, id, admin);
    assertEquals(read + 1, now);
    HttpResponse<String> after =
        Http.put(roles, "[\"custom.edits-b\"]", UserRoles.ifMatch(now, admin));
    assertEquals(200, after.statusCode(), after.body());
    assertEquals(List.of("custom.edits-b"), heldRoles(tenant, id));
  }

  private List<String> heldRoles(String tenant, long userId) {
    return Http.jsonArray(Http.get(root.resolve("api/v1/core/users"), Http.asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(u -> u.getJsonNumber("id").longValue() == userId)
        .flatMap(u -> u.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream())
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  /** Grade bands were replaced whole with no version; now the ETag read goes back as If-Match. */
  @Test
  void aStaleSaveOfTheGradeBandsIsRefused() {
    String tenant = TestTenants.signUp(root, "edits-bands");
    String[] admin = Http.asTenant(tenant, "Accept-Language", "en");
    URI bands = root.resolve("api/v1/core/appraisal/grade-bands");
    String read = Http.get(bands, admin).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> first =
        Http.put(bands, gradeBands("90", "60"), Http.asTenant(tenant, "If-Match", read));
    assertEquals(200, first.statusCode(), first.body());
    HttpResponse<String> second =
        Http.put(
            bands,
            gradeBands("80", "50"),
            Http.asTenant(tenant, "Accept-Language", "en", "If-Match", read));
    assertConflict(second, "com.opsuite.core.i18n.messages", "appraisal.bands.stale");
    assertEquals(400, Http.put(bands, gradeBands("80", "50"), admin).statusCode());
    HttpResponse<String> stored = Http.get(bands, admin);
    assertEquals(first.headers().firstValue("ETag"), stored.headers().firstValue("ETag"));
    assertEquals(
        "90",
        Http.jsonArray(stored)
            .getJsonObject(0)
            .getJsonNumber("min")
            .bigDecimalValue()
            .stripTrailingZeros()
            .toPlainString());
  }

  private static String gradeBands(String a, String b) {
    return "[{\"grade\":\"A\",\"min\":"
        + a
        + ",\"bonus\":1.2},{\"grade\":\"B\",\"min\":"
        + b
        + ",\"bonus\":1},{\"grade\":\"C\",\"min\":0,\"bonus\":0}]";
  }

  /**
   * A result's peers were replaced with no version; now the result's peersVersion goes back as
   * If-Match, and of two choices made from one read the second is refused.
   */
  @Test
  void aStaleChoiceOfPeersIsRefused() {
    String tenant = TestTenants.signUp(root, "edits-peers");
    String[] admin = Http.asTenant(tenant, "Accept-Language", "en");
    new KpiApi(root, tenant).indicator(KpiApi.manual("edits-kpi", "指标", "Indicator"));
    JsonObject template =
        AppraisalIT.singleIndicatorTemplate("edits-tpl", "edits-kpi", "考核", "Appraisal");
    created(
        root.resolve("api/v1/core/appraisal/templates"),
        Json.createObjectBuilder(template),
        tenant);
    long subject = staff(tenant, "Subject");
    long peerA = staff(tenant, "Peer A");
    long peerB = staff(tenant, "Peer B");
    JsonObject cycle =
        created(
            root.resolve("api/v1/core/appraisal/cycles"),
            Json.createObjectBuilder()
                .add("template", "edits-tpl")
                .add("period", "2026-03")
                .add("staffIds", Json.createArrayBuilder().add(subject)),
            tenant);
    JsonObject result =
        Http.jsonArray(
                Http.get(
                    root.resolve(
                        "api/v1/core/appraisal/cycles/" + cycle.getJsonNumber("id") + "/results"),
                    admin))
            .getJsonObject(0);
    URI peers =
        root.resolve("api/v1/core/appraisal/results/" + result.getJsonNumber("id") + "/peers");
    long read = result.getJsonNumber("peersVersion").longValue();

    HttpResponse<String> first = Http.put(peers, peerBody(peerA), UserRoles.ifMatch(read, admin));
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(
        read + 1,
        Http.json(first).getJsonObject("result").getJsonNumber("peersVersion").longValue());
    HttpResponse<String> second = Http.put(peers, peerBody(peerB), UserRoles.ifMatch(read, admin));
    assertConflict(second, "com.opsuite.core.i18n.messages", "appraisal.peers.stale");
    assertEquals(400, Http.put(peers, peerBody(peerB), admin).statusCode());
    List<Long> evaluators =
        Http.json(
                Http.get(
                    root.resolve("api/v1/core/appraisal/results/" + result.getJsonNumber("id")),
                    admin))
            .getJsonArray("evaluations")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> e.getString("role").equals("PEER"))
            .map(e -> e.getJsonNumber("evaluatorId").longValue())
            .toList();
    assertEquals(List.of(peerA), evaluators);
  }

  private static String peerBody(long staffId) {
    return "{\"staffIds\":[" + staffId + "]}";
  }

  private long staff(String tenant, String name) {
    return created(
            root.resolve("api/v1/core/org/staff"),
            Json.createObjectBuilder().add("name", name),
            tenant)
        .getJsonNumber("id")
        .longValue();
  }

  /** A 409 whose detail is the message, in English as asked. */
  private static void assertConflict(HttpResponse<String> response, String bundle, String key) {
    assertEquals(409, response.statusCode(), response.body());
    assertEquals(
        ResourceBundle.getBundle(bundle, Locale.ENGLISH).getString(key),
        Http.json(response).getString("detail"));
  }

  private static String appointment(String badge, long area, Long version) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("badgeNo", badge)
            .add("areaIds", Json.createArrayBuilder().add(area));
    return (version == null ? body : body.add("version", version)).build().toString();
  }

  private static long inspectorVersion(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getJsonNumber("version").longValue();
  }

  @Test
  void aStaleSaveOfTheStaffFormIsRefusedInTheFormKeepingTheInput() throws Exception {
    assertStaleSaveRefused(
        TestTenants.signUp(root, "edits-core"),
        "api/v1/core/org/staff",
        ConcurrentEditsIT::staffBody,
        new ListedForm(
            "core/staff.xhtml",
            "list",
            "members:%d:edit",
            "staff",
            "staff_member",
            "com.opsuite.web.i18n.messages",
            "org.stale"));
  }

  @Test
  void aStaleSaveOfThePlatformFormIsRefusedInTheFormKeepingTheInput() throws Exception {
    assertStaleSaveRefused(
        TestTenants.signUp(root, "edits-online", "online-ops"),
        "api/v1/online-ops/platforms",
        ConcurrentEditsIT::platformBody,
        new ListedForm(
            "online-ops/platforms.xhtml",
            "platforms",
            "list:%d:pick",
            "edit",
            "online_platform",
            "com.opsuite.online.i18n.messages",
            "platform.page.stale"));
  }

  /**
   * An edit form opened from a row of a list page: the page, the list's form and the row's button
   * ({@code %d}: the row), the edit form, the record's table and the stale-save message.
   */
  private record ListedForm(
      String page,
      String listForm,
      String rowButton,
      String editForm,
      String table,
      String bundle,
      String staleKey) {}

  /**
   * A record made over REST is opened in the form; someone saves a new name over REST; the form's
   * save with another name is refused, keeps the input, and the stored name is the first save's.
   */
  private void assertStaleSaveRefused(
      String tenant, String api, Function<String, JsonObjectBuilder> body, ListedForm listed)
      throws Exception {
    URI collection = root.resolve(api);
    JsonObject created = created(collection, body.apply("Qiao-7f"), tenant);
    long id = created.getJsonNumber("id").longValue();
    PageSession page = adminPage(tenant);
    HttpResponse<String> list = page.get("t/" + tenant + "/" + listed.page());
    String row = listed.rowButton().formatted(rowShowing(list, "Qiao-7f"));
    HttpResponse<String> form = page.submit(list, listed.listForm(), row, Map.of());

    HttpResponse<String> second =
        saveAfterAnother(
            page,
            form,
            listed.editForm(),
            "name",
            "Qiao-7f (page)",
            () ->
                Http.put(
                    root.resolve(api + "/" + id),
                    versioned(body.apply("Qiao-7f (first)"), created),
                    Http.asTenant(tenant)));

    assertRefusedKeepingInput(second, "Qiao-7f (page)", listed.bundle(), listed.staleKey());
    assertEquals(
        "Qiao-7f (first)",
        stored(
            "SELECT name FROM " + listed.table() + " WHERE tenant_id = ? AND id = ?", tenant, id));
  }

  private static JsonObjectBuilder staffBody(String name) {
    return Json.createObjectBuilder().add("name", name).add("employeeNo", "E-7");
  }

  private static JsonObjectBuilder platformBody(String name) {
    return Json.createObjectBuilder()
        .add("kind", "WEBSITE")
        .add("name", name)
        .add("url", "https://shop.example.com");
  }

  /** Creates a record over REST as the tenant's administrator; what the API answered. */
  private static JsonObject created(URI collection, JsonObjectBuilder body, String tenant) {
    HttpResponse<String> r = Http.post(collection, body.build().toString(), Http.asTenant(tenant));
    assertEquals(201, r.statusCode(), r.body());
    return Http.json(r);
  }

  /** The body with the version of the record as it was read. */
  private static String versioned(JsonObjectBuilder body, JsonObject read) {
    return body.add("version", read.getJsonNumber("version")).build().toString();
  }

  /**
   * Posts the form as shown with one field typed over, after another person saved the same record
   * (their save must succeed): the second of two concurrent edits.
   */
  private static HttpResponse<String> saveAfterAnother(
      PageSession page,
      HttpResponse<String> form,
      String formId,
      String field,
      String typed,
      Supplier<HttpResponse<String>> another) {
    Map<String, String> fields = ShownForm.fields(form, formId);
    HttpResponse<String> first = another.get();
    assertEquals(200, first.statusCode(), first.body());
    fields.put(field, typed);
    return page.submit(form, formId, "save", fields);
  }

  private PageSession adminPage(String tenant) {
    return PageSession.signIn(root, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
  }

  /**
   * The postback answered the page again (no redirect), with the conflict message in the page's
   * language and the user's input still in the field.
   */
  static void assertRefusedKeepingInput(
      HttpResponse<String> page, String typed, String bundle, String key) {
    assertEquals(200, page.statusCode(), page.body());
    String body = page.body();
    String shown =
        Set.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE).stream()
            .map(locale -> ResourceBundle.getBundle(bundle, locale).getString(key))
            .filter(text -> body.contains(escaped(text)))
            .findFirst()
            .orElse(null);
    assertTrue(shown != null, "no " + key + " message on the page: " + body);
    assertTrue(body.contains("value=\"" + escaped(typed) + "\""), "input lost: " + body);
  }

  /** The index of the table row showing {@code text}, as the row's {@code data-ri}. */
  static int rowShowing(HttpResponse<String> page, String text) {
    String body = page.body();
    int at = body.indexOf(escaped(text));
    assertTrue(at >= 0, text + " not listed: " + body);
    Matcher rows = Pattern.compile("data-ri=\"(\\d+)\"").matcher(body.substring(0, at));
    int row = -1;
    while (rows.find()) {
      row = Integer.parseInt(rows.group(1));
    }
    assertTrue(row >= 0, "no row around " + text);
    return row;
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String stored(String sql, String tenant, long id) throws Exception {
    try (Connection c = TestDatabase.asAdmin();
        var ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant);
      ps.setLong(2, id);
      try (var rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no row " + id);
        return rs.getString(1);
      }
    }
  }
}
