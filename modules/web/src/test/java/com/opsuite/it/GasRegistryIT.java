package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gas registry over the API: customers created, found, changed under optimistic locking and
 * refused field by field in the caller's language; one active card per meter with the replaced ones
 * kept; areas and inspectors; and another tenant's rows, guessed by id, answer 404.
 */
@ExtendWith(ArquillianExtension.class)
class GasRegistryIT {

  @ArquillianResource URL base;

  @Test
  void customersAreCreatedFoundAndChangedUnderOptimisticLocking() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gasreg-crud");
    long north = gas.area("N", "North");
    gas.user("clerk", "auditor");
    gas.user("walker", "inspector");
    gas.user("nobody");

    HttpResponse<String> created =
        Http.post(gas.api("customers"), customer("K-100", "张三", north, null), gas.as("clerk"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject detail = Http.json(created);
    long id = detail.getJsonObject("customer").getJsonNumber("id").longValue();
    assertEquals("North", detail.getJsonObject("customer").getString("areaName"));
    assertFalse(detail.containsKey("meter"), "no meter yet");
    long version = detail.getJsonObject("customer").getJsonNumber("version").longValue();

    // Read by anyone with a gas permission; filters narrow the list.
    HttpResponse<String> found =
        Http.get(gas.api("customers?q=%E5%BC%A0&kind=RESIDENTIAL"), gas.as("walker"));
    assertEquals(200, found.statusCode(), found.body());
    assertEquals(1, Http.json(found).getInt("total"));
    assertEquals(
        0,
        Http.json(Http.get(gas.api("customers?q=k-100&key=true"), gas.as("walker")))
            .getInt("total"));
    assertEquals(403, Http.get(gas.api("customers"), gas.as("nobody")).statusCode());
    assertEquals(400, Http.get(gas.api("customers?kind=PLANET"), gas.as("walker")).statusCode());
    assertEquals(
        403,
        Http.post(gas.api("customers"), customer("K-101", "李四", north, null), gas.as("walker"))
            .statusCode());

    // A change with the version loaded works; the same stale version again is a conflict.
    HttpResponse<String> changed =
        Http.put(
            gas.api("customers/" + id), customer("K-100", "张三丰", north, version), gas.as("clerk"));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("张三丰", Http.json(changed).getJsonObject("customer").getString("name"));
    HttpResponse<String> stale =
        Http.put(
            gas.api("customers/" + id),
            customer("K-100", "Someone else", north, version),
            gas.as("clerk", "Accept-Language", "en"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(
        Http.json(stale).getString("detail").startsWith("This record was changed by someone else"),
        stale.body());
    assertEquals(
        "张三丰",
        Http.json(Http.get(gas.api("customers/" + id), gas.as("clerk")))
            .getJsonObject("customer")
            .getString("name"));
  }

  @Test
  void aLargeRegistryIsCountedUpToACapAndPagedByCustomerNumber() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gasreg-large");
    long area = gas.area("L", "Long Road");
    // One customer more than the list counts, each with its own id block of the sequence.
    gas.execute(
        "INSERT INTO gas_customer (tenant_id, id, customer_no, name, kind, area_id, address)"
            + " SELECT ?, nextval('gas_customer_seq'), 'L' || lpad(n::text, 5, '0'), 'Large ' || n,"
            + " 'RESIDENTIAL', ?, n || ' Long Road' FROM generate_series(1, 10001) n",
        gas.tenant,
        area);

    JsonObject first = Http.json(Http.get(gas.api("customers?size=100"), gas.asAdmin()));
    assertEquals(10_000, first.getInt("total"));
    assertTrue(first.getBoolean("totalCapped"));
    assertEquals(100, first.getJsonArray("items").size());
    assertEquals("L00100", first.getString("next"));

    // The page after a cursor starts at the next number, wherever it lies; the last has no next.
    JsonObject after = Http.json(Http.get(gas.api("customers?size=3&after=L09997"), gas.asAdmin()));
    assertEquals(List.of("L09998", "L09999", "L10000"), numbers(after));
    assertEquals("L10000", after.getString("next"));
    assertEquals(10_000, after.getInt("total"), "the total is the search's, not what follows");
    JsonObject last = Http.json(Http.get(gas.api("customers?size=3&after=L09998"), gas.asAdmin()));
    assertEquals(List.of("L09999", "L10000", "L10001"), numbers(last));
    assertFalse(last.containsKey("next"), last.toString());

    // Words every customer has are counted up to the cap as well.
    JsonObject road = Http.json(Http.get(gas.api("customers?q=long%20road"), gas.asAdmin()));
    assertEquals(10_000, road.getInt("total"));
    assertTrue(road.getBoolean("totalCapped"));

    // A narrower search is counted exactly, and the cursor pages within it.
    JsonObject narrow = Http.json(Http.get(gas.api("customers?q=l0999&size=4"), gas.asAdmin()));
    assertEquals(10, narrow.getInt("total"));
    assertFalse(narrow.getBoolean("totalCapped"));
    assertEquals("L09993", narrow.getString("next"));
    JsonObject rest =
        Http.json(Http.get(gas.api("customers?q=l0999&size=10&after=L09993"), gas.asAdmin()));
    assertEquals(
        List.of("L09994", "L09995", "L09996", "L09997", "L09998", "L09999"), numbers(rest));
    assertFalse(rest.containsKey("next"), rest.toString());
    // Offset pages still work.
    assertEquals(
        List.of("L00005", "L00006"),
        numbers(Http.json(Http.get(gas.api("customers?size=2&page=2"), gas.asAdmin()))));
  }

  private static List<String> numbers(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("customerNo"))
        .toList();
  }

  @Test
  void badInputIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsSaved() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gasreg-400");
    long north = gas.area("N", "North");
    gas.customer("K-1", "Existing", "RESIDENTIAL", north, "1 Road");

    HttpResponse<String> zh =
        Http.post(
            gas.api("customers"),
            Json.createObjectBuilder()
                .add("customerNo", "K-1")
                .add("name", " ")
                .add("areaId", 999_999)
                .add("address", "x".repeat(301))
                .add("phone", "call me")
                .build()
                .toString(),
            gas.asAdmin("Accept-Language", "zh-CN"));
    assertEquals(400, zh.statusCode(), zh.body());
    JsonObject problem = Http.json(zh);
    assertEquals(
        Set.of(
            "name:registry.required",
            "kind:registry.customer.kindRequired",
            "address:registry.tooLong",
            "phone:registry.customer.phoneInvalid",
            "areaId:registry.areaUnknown",
            "customerNo:registry.customer.numberTaken"),
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field") + ":" + e.getString("code"))
            .collect(Collectors.toSet()));
    assertTrue(zh.body().contains("请填写此项。"), zh.body());
    assertTrue(zh.body().contains("已有户号为 K-1 的用户。"), zh.body());

    HttpResponse<String> en =
        Http.post(
            gas.api("customers"),
            customer("K-2", "", north, null),
            gas.asAdmin("Accept-Language", "en"));
    assertEquals(400, en.statusCode(), en.body());
    assertTrue(en.body().contains("Fill this in."), en.body());
    assertEquals(1, rows(gas.tenant, "SELECT count(*) FROM gas_customer WHERE tenant_id = ?"));
  }

  @Test
  void aMeterHasOneActiveCardAndReplacedCardsStayAsHistory() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gasreg-card");
    long north = gas.area("N", "North");
    long id =
        Http.json(
                Http.post(gas.api("customers"), customer("K-7", "王五", north, null), gas.asAdmin()))
            .getJsonObject("customer")
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> noMeter =
        Http.put(gas.api("customers/" + id + "/card"), card("C-1", null), gas.asAdmin());
    assertEquals(409, noMeter.statusCode(), noMeter.body());

    HttpResponse<String> unsealed =
        Http.put(
            gas.api("customers/" + id + "/meter"),
            "{\"meterNo\":\"M-7\",\"meterType\":\"IC card\",\"sealState\":\"INTACT\"}",
            gas.asAdmin());
    assertEquals(400, unsealed.statusCode(), unsealed.body());
    HttpResponse<String> meter =
        Http.put(
            gas.api("customers/" + id + "/meter"),
            "{\"meterNo\":\"M-7\",\"meterType\":\"IC card\",\"sealNo\":\"S-7\","
                + "\"sealState\":\"INTACT\"}",
            gas.asAdmin());
    assertEquals(200, meter.statusCode(), meter.body());
    assertEquals("INTACT", Http.json(meter).getJsonObject("meter").getString("sealState"));

    assertEquals(
        200,
        Http.put(gas.api("customers/" + id + "/card"), card("C-1", null), gas.asAdmin())
            .statusCode());
    HttpResponse<String> noReason =
        Http.put(gas.api("customers/" + id + "/card"), card("C-2", " "), gas.asAdmin());
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("registry.card.reasonRequired"), noReason.body());

    HttpResponse<String> replaced =
        Http.put(gas.api("customers/" + id + "/card"), card("C-2", "lost"), gas.asAdmin());
    assertEquals(200, replaced.statusCode(), replaced.body());
    List<JsonObject> cards =
        Http.json(replaced).getJsonArray("cards").getValuesAs(JsonObject.class);
    assertEquals(2, cards.size());
    assertEquals("C-2", cards.get(0).getString("cardNo"));
    assertTrue(cards.get(0).getBoolean("active"));
    assertEquals("C-1", cards.get(1).getString("cardNo"));
    assertFalse(cards.get(1).getBoolean("active"));
    assertEquals("lost", cards.get(1).getString("unboundReason"));
    assertTrue(cards.get(1).containsKey("unboundAt"));
    assertFalse(cards.get(0).containsKey("unboundAt"));

    // A card once used is never bound again; the database holds one active card.
    HttpResponse<String> reused =
        Http.put(gas.api("customers/" + id + "/card"), card("C-1", "found"), gas.asAdmin());
    assertEquals(400, reused.statusCode(), reused.body());
    assertEquals(
        1, rows(gas.tenant, "SELECT count(*) FROM gas_card WHERE tenant_id = ? AND active"));

    // A new meter number replaces the meter: its card is unbound with it.
    HttpResponse<String> newMeter =
        Http.put(
            gas.api("customers/" + id + "/meter"),
            "{\"meterNo\":\"M-8\",\"meterType\":\"IoT\"}",
            gas.asAdmin());
    assertEquals(200, newMeter.statusCode(), newMeter.body());
    assertEquals("M-8", Http.json(newMeter).getJsonObject("meter").getString("meterNo"));
    assertEquals(
        0, rows(gas.tenant, "SELECT count(*) FROM gas_card WHERE tenant_id = ? AND active"));
    assertEquals(
        1, rows(gas.tenant, "SELECT count(*) FROM gas_meter WHERE tenant_id = ? AND active"));
  }

  @Test
  void areasAndInspectors() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gasreg-area");
    gas.user("walker", "inspector");
    gas.user("runner", "inspector");
    HttpResponse<String> created =
        Http.post(gas.api("areas"), "{\"code\":\"E\",\"name\":\"East\"}", gas.asAdmin());
    assertEquals(201, created.statusCode(), created.body());
    long east = Http.json(created).getJsonNumber("id").longValue();
    long loaded = Http.json(created).getJsonNumber("version").longValue();
    assertEquals(
        400,
        Http.post(gas.api("areas"), "{\"code\":\"e\",\"name\":\"Again\"}", gas.asAdmin())
            .statusCode());
    assertEquals(
        403,
        Http.post(gas.api("areas"), "{\"code\":\"W\",\"name\":\"West\"}", gas.as("walker"))
            .statusCode());
    HttpResponse<String> renamed =
        Http.put(
            gas.api("areas/" + east),
            "{\"name\":\"East bank\",\"version\":" + loaded + "}",
            gas.asAdmin());
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals(
        409,
        Http.put(
                gas.api("areas/" + east),
                "{\"name\":\"Late\",\"version\":" + loaded + "}",
                gas.asAdmin())
            .statusCode());

    long walker = gas.person("walker").userId();
    HttpResponse<String> appointed =
        Http.put(
            gas.api("inspectors/" + walker),
            "{\"badgeNo\":\"B-01\",\"areaIds\":[" + east + "]}",
            gas.asAdmin());
    assertEquals(200, appointed.statusCode(), appointed.body());
    assertEquals(east, Http.json(appointed).getJsonArray("areaIds").getJsonNumber(0).longValue());
    HttpResponse<String> taken =
        Http.put(
            gas.api("inspectors/" + gas.person("runner").userId()),
            "{\"badgeNo\":\"b-01\",\"areaIds\":[]}",
            gas.asAdmin("Accept-Language", "zh-CN"));
    assertEquals(400, taken.statusCode(), taken.body());
    assertTrue(taken.body().contains("证件编号 b-01 已属于另一名稽查员。"), taken.body());
    List<JsonObject> inspectors =
        Http.jsonArray(Http.get(gas.api("inspectors"), gas.as("walker")))
            .getValuesAs(JsonObject.class);
    assertEquals(1, inspectors.size());
    assertEquals("B-01", inspectors.get(0).getString("badgeNo"));
    assertEquals("walker", inspectors.get(0).getString("displayName"));
  }

  @Test
  void anotherTenantsCustomersAreasAndUsersAreNotFoundEvenByGuessingIds() throws Exception {
    GasCompany a = new GasCompany(base.toURI(), "gasreg-iso-a");
    GasCompany b = new GasCompany(base.toURI(), "gasreg-iso-b");
    long aArea = a.area("N", "North A");
    a.household("A-1", aArea, "1 A Road");
    long bArea = b.area("N", "North B");
    long bCustomer = b.household("B-1", bArea, "1 B Road");
    b.user("bwalker", "inspector");

    assertEquals(404, Http.get(a.api("customers/" + bCustomer), a.asAdmin()).statusCode());
    assertEquals(
        404,
        Http.put(a.api("customers/" + bCustomer), customer("B-1", "Mine", aArea, 0L), a.asAdmin())
            .statusCode());
    assertEquals(
        404,
        Http.put(
                a.api("customers/" + bCustomer + "/meter"),
                "{\"meterNo\":\"X\",\"meterType\":\"X\"}",
                a.asAdmin())
            .statusCode());
    assertEquals(
        404,
        Http.put(a.api("customers/" + bCustomer + "/card"), card("X", "x"), a.asAdmin())
            .statusCode());
    assertEquals(404, Http.get(a.api("areas/" + bArea), a.asAdmin()).statusCode());
    assertEquals(
        404, Http.put(a.api("areas/" + bArea), "{\"name\":\"Mine\"}", a.asAdmin()).statusCode());
    HttpResponse<String> foreignArea =
        Http.post(a.api("customers"), customer("A-2", "x", bArea, null), a.asAdmin());
    assertEquals(400, foreignArea.statusCode(), foreignArea.body());
    assertTrue(foreignArea.body().contains("registry.areaUnknown"), foreignArea.body());
    assertEquals(
        404,
        Http.put(
                a.api("inspectors/" + b.person("bwalker").userId()),
                "{\"badgeNo\":\"X\",\"areaIds\":[]}",
                a.asAdmin())
            .statusCode());

    JsonObject all = Http.json(Http.get(a.api("customers?size=500"), a.asAdmin()));
    assertEquals(1, all.getInt("total"));
    assertEquals("A-1", all.getJsonArray("items").getJsonObject(0).getString("customerNo"));
    assertEquals(0, Http.json(Http.get(a.api("customers?q=B-1"), a.asAdmin())).getInt("total"));
    assertEquals(
        List.of("North A"),
        Http.jsonArray(Http.get(a.api("areas"), a.asAdmin())).getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("name"))
            .toList());
    // B's rows are untouched.
    assertEquals(
        "Household B-1",
        Http.json(Http.get(b.api("customers/" + bCustomer), b.asAdmin()))
            .getJsonObject("customer")
            .getString("name"));
  }

  @Test
  void pagesShowOnlyTheTenantsOwnRowsAndAnotherTenantsCustomerIsNotFound() throws Exception {
    GasCompany a = new GasCompany(base.toURI(), "gasreg-page-a");
    GasCompany b = new GasCompany(base.toURI(), "gasreg-page-b");
    long aCustomer = a.household("PA-1", a.area("N", "North A"), "1 A Road");
    long bCustomer = b.household("PB-1", b.area("N", "North B"), "1 B Road");
    a.user("walker", "inspector");
    a.user("nobody");
    String[] admin = Http.pageSession(a.root, a.tenant);

    HttpResponse<String> list = Http.get(page(a, "customers.xhtml"), admin);
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("PA-1"), list.body());
    assertFalse(list.body().contains("PB-1"), "never another tenant's customer");
    HttpResponse<String> own = Http.get(page(a, "customer.xhtml?id=" + aCustomer), admin);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("Household PA-1") && own.body().contains("C-PA-1"), own.body());
    HttpResponse<String> guessed = Http.get(page(a, "customer.xhtml?id=" + bCustomer), admin);
    assertEquals(404, guessed.statusCode());
    assertFalse(guessed.body().contains("PB-1"), guessed.body());
    HttpResponse<String> areas = Http.get(page(a, "areas.xhtml"), admin);
    assertEquals(200, areas.statusCode());
    assertTrue(areas.body().contains("North A") && !areas.body().contains("North B"));
    assertEquals(200, Http.get(page(a, "purchase-import.xhtml"), admin).statusCode());

    String[] walker =
        Http.pageSession(a.root, a.tenant, a.person("walker").email(), GasCompany.PASSWORD);
    assertEquals(200, Http.get(page(a, "customers.xhtml"), walker).statusCode());
    assertEquals(403, Http.get(page(a, "purchase-import.xhtml"), walker).statusCode());
    assertEquals(403, Http.get(page(a, "areas.xhtml"), walker).statusCode());
    String[] nobody =
        Http.pageSession(a.root, a.tenant, a.person("nobody").email(), GasCompany.PASSWORD);
    assertEquals(403, Http.get(page(a, "customers.xhtml"), nobody).statusCode());
  }

  private static java.net.URI page(GasCompany gas, String page) {
    return gas.root.resolve("t/" + gas.tenant + "/gas-inspection/" + page);
  }

  static String customer(String number, String name, long areaId, Long version) {
    var body =
        Json.createObjectBuilder()
            .add("customerNo", number)
            .add("name", name)
            .add("kind", "RESIDENTIAL")
            .add("keyCustomer", false)
            .add("areaId", areaId)
            .add("address", "8 Gas Road")
            .add("contactName", "Contact")
            .add("phone", "138 0013 8000");
    if (version != null) {
      body.add("version", version);
    }
    return body.build().toString();
  }

  private static String card(String number, String reason) {
    var body = Json.createObjectBuilder().add("cardNo", number);
    if (reason != null) {
      body.add("reason", reason);
    }
    return body.build().toString();
  }

  static long rows(String tenant, String sql) throws Exception {
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, tenant);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
