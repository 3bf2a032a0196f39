package com.opsuite.it;

import static com.opsuite.it.GasWorklistData.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The blacklist and plan pages as the supervisor gets them: their own tenant's list, leavers (with
 * the reason in the tenant's language) and coverage, nothing of another tenant, and nothing for an
 * inspector.
 */
@ExtendWith(ArquillianExtension.class)
class GasWorklistPagesIT {

  @ArquillianResource URL base;

  private GasCompany utility(String prefix, String areaName, String customerNo) throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), prefix);
    gas.user("boss", "inspection-supervisor");
    gas.user("ins", "inspector");
    long area = gas.area("area", areaName);
    gas.inspector(gas.person("ins"), "W-" + prefix, area);
    long listed = gas.household(customerNo, area, "1 Page Road");
    gas.purchase(prefix + "-old", listed, today(gas).minusMonths(5));
    long leaver = gas.household(customerNo + "-L", area, "2 Page Road");
    gas.purchase(prefix + "-l-old", leaver, today(gas).minusMonths(5));
    assertEquals(200, Http.post(gas.api("blacklist/runs"), "", gas.as("boss")).statusCode());
    gas.purchase(prefix + "-l-new", leaver, today(gas));
    assertEquals(200, Http.post(gas.api("blacklist/runs"), "", gas.as("boss")).statusCode());
    assertEquals(
        200, Http.post(gas.api("plan/" + today(gas).getYear()), "", gas.as("boss")).statusCode());
    return gas;
  }

  private String page(GasCompany gas, String tenant, String page, String user) throws Exception {
    HttpResponse<String> r =
        Http.get(
            URI.create(base + "t/" + tenant + "/gas-inspection/" + page),
            Http.pageSession(
                base.toURI(), gas.tenant, gas.person(user).email(), GasCompany.PASSWORD));
    return r.statusCode() + "\n" + r.body();
  }

  private static String excerpt(String page) {
    int h1 = Math.max(0, page.indexOf("<h1"));
    return page.substring(h1, Math.min(page.length(), h1 + 3000));
  }

  @Test
  void eachSupervisorSeesOnlyTheirOwnTenantOnBothPages() throws Exception {
    GasCompany a = utility("wl-page-a", "Harbour District", "PAGE-A");
    GasCompany b = utility("wl-page-b", "Mountain District", "PAGE-B");

    String list = page(a, a.tenant, "blacklist.xhtml", "boss");
    assertTrue(list.startsWith("200"), list);
    // The page speaks the session's language (English here); the reason is in the tenant's.
    assertTrue(list.contains(">No-purchase blacklist</h1>"), () -> excerpt(list));
    assertTrue(list.contains("PAGE-A Household PAGE-A"), list);
    assertTrue(list.contains("Harbour District"));
    assertTrue(list.contains("已于" + today(a) + "购气"), "the leaver's reason");
    assertFalse(list.contains("PAGE-B"));
    assertFalse(list.contains("Mountain District"));

    String plan = page(a, a.tenant, "plan.xhtml", "boss");
    assertTrue(plan.startsWith("200"), plan);
    assertTrue(plan.contains(">Inspection plan</h1>"), () -> excerpt(plan));
    assertTrue(plan.contains("Harbour District"));
    assertFalse(plan.contains("Mountain District"));
    assertFalse(plan.contains("PAGE-B"));

    // A's session under B's address gets nothing of B.
    for (String p : new String[] {"blacklist.xhtml", "plan.xhtml"}) {
      String other = page(a, b.tenant, p, "boss");
      assertFalse(other.startsWith("200") && other.contains("Mountain District"), other);
      assertFalse(other.contains("PAGE-B"));
    }
  }

  @Test
  void anInspectorIsRefusedBothPages() throws Exception {
    GasCompany gas = utility("wl-page-ins", "River District", "PAGE-I");
    for (String p : new String[] {"blacklist.xhtml", "plan.xhtml"}) {
      String refused = page(gas, gas.tenant, p, "ins");
      assertFalse(refused.contains("River District"), refused);
      assertFalse(refused.contains("PAGE-I"));
    }
  }
}
