package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.Browser.Viewport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Script and markup stored through the REST API of core, gas-inspection and online-ops (names,
 * titles, addresses, descriptions, ticket contents, rich text) is shown as text on every page the
 * navigation reaches and on the detail pages those link to: never as markup, never as a script,
 * never evaluated as EL. Rich text keeps its formatting but loses scripts, handlers and {@code
 * javascript:} links. A real browser on the page that shows the most payloads runs none of them.
 */
@ExtendWith(ArquillianExtension.class)
class StoredTextEscapingIT {

  private static final String RICH =
      "<p onclick=\"alert(1)\">Duties <b>bold</b> <a href=\"javascript:alert(2)\">link</a></p>"
          + "<script>alert(3)</script><img src=x onerror=alert(4)>";

  @ArquillianResource URL base;

  @Test
  void storedPayloadsAreShownAsTextOnEveryPage() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "esc", "gas-inspection", "online-ops");
    Payloads payloads = new Payloads();
    String[] admin = Http.asTenant(tenant);

    // Core: a department, its head's title, a position with rich duties, a staff member in it, a
    // user; each name a payload.
    OrgApi org = new OrgApi(root, tenant);
    long company = OrgApi.id(org.company());
    JsonObject unit =
        org.createUnit(
            company, "DEPARTMENT", payloads.next("org unit name"), payloads.next("head title"));
    JsonObject position =
        Http.json(
            created(
                org.post(
                    "positions",
                    Json.createObjectBuilder(
                            OrgApi.positionBody(
                                OrgApi.id(unit),
                                payloads.next("position title"),
                                unit.getJsonNumber("headPositionId").longValue(),
                                2))
                        .add("duties", RICH)
                        .build())));
    JsonObject staff =
        Http.json(
            created(
                org.post(
                    "staff", OrgApi.staffBody(payloads.next("staff name"), null, null, null))));
    created(
        org.post(
            "staff/" + OrgApi.id(staff) + "/assignments",
            OrgApi.assignmentBody(OrgApi.id(position), LocalDate.now().minusDays(1), null, false)));
    created(
        Http.post(
            root.resolve("api/v1/core/users"),
            Json.createObjectBuilder()
                .add("email", "esc-user@" + tenant + ".example")
                .add("displayName", payloads.next("user display name"))
                .add("password", TestTenants.PASSWORD)
                .add("roles", Json.createArrayBuilder().add("gas-inspection.inspector"))
                .build()
                .toString(),
            admin));
    String duties =
        org.list("positions").stream()
            .filter(p -> OrgApi.id(p) == OrgApi.id(position))
            .findFirst()
            .orElseThrow()
            .getString("duties");
    assertRichTextCleaned("position duties", duties);

    // Gas inspection: an area and a household, as the registry holds them.
    GasCompany gas = GasCompany.of(root, tenant);
    long area = gas.area("E1", payloads.next("gas area name"));
    gas.household("E-1", area, payloads.next("gas household address"));

    // Online operations: a platform, a content item with a rich body, a customer ticket.
    long platform =
        Http.json(
                created(
                    Http.post(
                        root.resolve("api/v1/online-ops/platforms"),
                        OnlinePlatformsData.platform(
                            "WEBSITE", payloads.next("platform name"), null, null, null),
                        admin)))
            .getJsonNumber("id")
            .longValue();
    JsonObjectBuilder draft =
        OnlineContentData.draft(payloads.next("content title"), "NEWS", false, platform);
    HttpResponse<String> content =
        created(
            Http.post(
                root.resolve("api/v1/online-ops/content"),
                draft.add("body", RICH).build().toString(),
                admin));
    JsonObject item =
        Http.json(content).containsKey("item")
            ? Http.json(content).getJsonObject("item")
            : Http.json(content);
    assertRichTextCleaned("content body", item.getString("body"));
    created(
        Http.post(
            root.resolve("api/v1/online-ops/tickets"),
            OnlineTicketsData.ticket("INQUIRY", RICH, null)
                .add("contactName", payloads.next("ticket contact name"))
                .build()
                .toString(),
            admin));

    PageCrawl crawl = PageCrawl.of(root, tenant, Http.pageSession(root, tenant), 250);
    List<String> leaks = new ArrayList<>();
    Map<String, TreeSet<Integer>> shownOn = new TreeMap<>();
    for (PageCrawl.Page page : crawl.pages()) {
      if (page.status() >= 500) {
        leaks.add(page.path() + " answered " + page.status());
      }
      leaks.addAll(payloads.rawIn(page.path(), page.body()));
      TreeSet<Integer> shown = payloads.escapedIn(page.body());
      if (!shown.isEmpty()) {
        shownOn.put(page.path(), shown);
        if (!page.body().contains(Payloads.EL)) {
          leaks.add(page.path() + " evaluated the stored EL " + Payloads.EL);
        }
      }
    }
    TreeSet<Integer> seen = new TreeSet<>();
    shownOn.values().forEach(seen::addAll);
    System.out.printf(
        "StoredTextEscapingIT: %d fields stored with payloads, %d pages checked (%d showed"
            + " payloads), %d of the fields seen escaped; 2 rich-text fields cleaned%n",
        payloads.count(), crawl.pages().size(), shownOn.size(), seen.size());
    System.out.println("StoredTextEscapingIT: payload fields shown per page " + shownOn);
    assertTrue(leaks.isEmpty(), "unescaped or broken:\n" + String.join("\n", leaks));
    System.out.println("StoredTextEscapingIT: fields on no crawled page " + payloads.missing(seen));
    assertTrue(
        seen.size() * 2 >= payloads.count(),
        "the crawl saw too few stored fields: " + payloads.missing(seen));

    String showcase =
        shownOn.entrySet().stream()
            .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
            .orElseThrow()
            .getKey();
    noScriptRunsIn(tenant, showcase);
  }

  @Test
  void csvExportsShowStoredFormulasAsPlainText() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "esc-csv", "online-ops");
    String[] admin = Http.asTenant(tenant);
    String formula = "=cmd|' /C calc'!A0";
    long platform =
        Http.json(
                created(
                    Http.post(
                        root.resolve("api/v1/online-ops/platforms"),
                        OnlinePlatformsData.platform("WEBSITE", formula, null, null, null),
                        admin)))
            .getJsonNumber("id")
            .longValue();
    created(
        Http.post(
            root.resolve("api/v1/online-ops/content"),
            OnlineContentData.draft("+SUM(1+1)", "NEWS", false, platform).build().toString(),
            admin));

    List<String> exports =
        List.of(
            "api/v1/online-ops/platforms/export",
            "api/v1/online-ops/content/export.csv",
            "api/v1/core/audit/export.csv");
    int cells = 0;
    for (String export : exports) {
      HttpResponse<String> csv = Http.get(root.resolve(export), admin);
      assertEquals(200, csv.statusCode(), export + ": " + csv.body());
      int found = 0;
      try (CSVParser parser =
          CSVParser.parse(csv.body().replace("\uFEFF", ""), CSVFormat.DEFAULT)) {
        for (CSVRecord record : parser) {
          for (String cell : record) {
            cells++;
            assertFalse(
                !cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0,
                export + " holds a cell a spreadsheet runs: " + cell);
            if (cell.contains("cmd|") || cell.contains("SUM(1+1)")) {
              found++;
            }
          }
        }
      }
      // The audit log need not name them; the lists must.
      assertTrue(
          found > 0 || export.contains("audit"), export + " shows the stored value: " + csv.body());
    }
    System.out.printf(
        "StoredTextEscapingIT: %d CSV exports, %d cells checked for formulas%n",
        exports.size(), cells);
  }

  /** Opens the page in Chromium: no alert opens, no injected image exists, the text is there. */
  private void noScriptRunsIn(String tenant, String path) {
    try (Browser browser = Browser.open(Viewport.DESKTOP, "en")) {
      browser.signIn(base.toString(), tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
      browser.driver().get(base.toString() + path.substring(1));
      browser.awaitAjax(Duration.ofSeconds(20));
      try {
        String text = browser.driver().switchTo().alert().getText();
        throw new AssertionError("an injected script ran on " + path + ": alert " + text);
      } catch (NoAlertPresentException expected) {
        // what must happen
      }
      assertEquals(
          0L,
          browser.script(
              "return document.querySelectorAll('img[src=\"x\"], img[onerror]').length;"),
          "no injected element on " + path);
      assertTrue(
          (Boolean)
              browser.script("return document.body.innerText.indexOf('<script>alert(') >= 0;"),
          "the payload is shown as text on " + path);
      browser.screenshot("stored-text-escaping");
    }
  }

  private static void assertRichTextCleaned(String field, String html) {
    assertTrue(html.contains("<b>bold</b>"), field + " keeps its formatting: " + html);
    for (String bad : List.of("<script", "onclick", "onerror", "javascript:", "<img")) {
      assertFalse(html.toLowerCase().contains(bad), field + " still holds " + bad + ": " + html);
    }
  }

  private static HttpResponse<String> created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.request().uri() + ": " + response.body());
    return response;
  }
}
