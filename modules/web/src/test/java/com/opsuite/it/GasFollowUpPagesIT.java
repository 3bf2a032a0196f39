package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The follow-up pages render for those allowed, refuse others, and show only the tenant's own rows:
 * the notice and certificate pages find nothing under another tenant's number, and the lists of
 * hazards, theft cases and field cases never carry another tenant's.
 */
@ExtendWith(ArquillianExtension.class)
class GasFollowUpPagesIT {

  @ArquillianResource URL base;

  private record Site(
      GasCompany co, GasFollowUp fx, String customerNo, String noticeNo, String caseNo) {}

  private Site site(String prefix, String customerName) throws Exception {
    GasCompany co = new GasCompany(base.toURI(), prefix);
    co.user("sup", "inspection-supervisor");
    GasCompany.Person insp = co.user("insp", "inspector");
    co.user("audit", "auditor");
    long area = co.area("A1", "North");
    co.inspector(insp, "B-" + prefix, area);
    String customerNo = "C-" + prefix;
    long customer =
        co.customer(customerNo, customerName, "RESIDENTIAL", area, customerName + " Road");
    co.meter(customer, "M-" + prefix, "S-" + prefix);
    GasFollowUp fx = new GasFollowUp(co);
    long inspection = fx.inspection(customer, insp.userId(), "B-" + prefix);
    fx.hazard(inspection, customer, "hose", null);
    HttpResponse<String> notice =
        Http.post(
            co.api("hazards/notices"),
            Json.createObjectBuilder()
                .add("inspectionId", inspection)
                .add("deadlineOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString())
                .build()
                .toString(),
            co.as("sup"));
    assertEquals(201, notice.statusCode(), notice.body());
    HttpResponse<String> theft =
        Http.post(
            co.api("theft-cases"),
            Json.createObjectBuilder()
                .add("customerId", customer)
                .add("kind", "BROKEN_SEAL")
                .add("description", "Seal cut at " + customerName)
                .build()
                .toString(),
            co.as("insp"));
    assertEquals(201, theft.statusCode(), theft.body());
    HttpResponse<String> occupation =
        Http.post(
            co.api("field-cases/occupations"),
            Json.createObjectBuilder()
                .add("location", "Shed of " + customerName)
                .add("structure", "Shed")
                .add("ownerName", customerName)
                .build()
                .toString(),
            co.as("audit"));
    assertEquals(201, occupation.statusCode(), occupation.body());
    HttpResponse<String> entry =
        Http.post(
            co.api("certificates/" + customer + "/entries"),
            Json.createObjectBuilder()
                .add("kind", "INSPECTION")
                .add("result", "Passed for " + customerName)
                .build()
                .toString(),
            co.as("insp"));
    assertEquals(201, entry.statusCode(), entry.body());
    return new Site(
        co,
        fx,
        customerNo,
        Http.json(notice).getString("noticeNo"),
        Http.json(theft).getJsonObject("theftCase").getString("caseNo"));
  }

  private static HttpResponse<String> page(Site s, String who, String path) {
    return Http.get(
        s.co().root.resolve("t/" + s.co().tenant + "/gas-inspection/" + path),
        Http.pageSession(
            s.co().root, s.co().tenant, s.co().person(who).email(), GasCompany.PASSWORD));
  }

  @Test
  void pagesShowTheTenantsOwnRowsOnlyAndRefuseThoseWithoutTheRight() throws Exception {
    Site a = site("gpage-a", "Alpha");
    Site b = site("gpage-b", "Bravo");

    HttpResponse<String> hazards = page(a, "sup", "hazards.xhtml");
    assertEquals(200, hazards.statusCode(), hazards.body());
    assertTrue(hazards.body().contains("Alpha Road") && hazards.body().contains(a.noticeNo()));
    assertFalse(hazards.body().contains("Bravo"));
    assertEquals(403, page(a, "audit", "hazards.xhtml").statusCode());

    HttpResponse<String> notice = page(a, "insp", "notice.xhtml?no=" + a.noticeNo());
    assertEquals(200, notice.statusCode(), notice.body());
    assertTrue(notice.body().contains("notice-no") && notice.body().contains("Alpha Road"));
    HttpResponse<String> foreignNotice = page(a, "insp", "notice.xhtml?no=" + b.noticeNo());
    assertEquals(200, foreignNotice.statusCode());
    assertFalse(foreignNotice.body().contains("Bravo"), foreignNotice.body());
    assertFalse(foreignNotice.body().contains("notice-no"));

    // Both tenants number their first case of the year alike; B's second has no twin in A.
    HttpResponse<String> second =
        Http.post(
            b.co().api("theft-cases"),
            Json.createObjectBuilder()
                .add(
                    "customerId",
                    Long.parseLong(
                        b.fx()
                            .one(
                                "SELECT id FROM gas_customer WHERE tenant_id = ? AND customer_no = ?",
                                b.customerNo())))
                .add("kind", "OTHER")
                .add("description", "Second")
                .build()
                .toString(),
            b.co().as("insp"));
    String secondNo = Http.json(second).getJsonObject("theftCase").getString("caseNo");
    HttpResponse<String> theft = page(a, "insp", "theft-cases.xhtml");
    assertEquals(200, theft.statusCode(), theft.body());
    assertTrue(theft.body().contains(a.caseNo()));
    assertFalse(theft.body().contains(secondNo), secondNo);
    assertEquals(403, page(a, "audit", "theft-cases.xhtml").statusCode());

    HttpResponse<String> field = page(a, "audit", "field-cases.xhtml");
    assertEquals(200, field.statusCode(), field.body());
    assertTrue(field.body().contains("Shed of Alpha"));
    assertFalse(field.body().contains("Bravo"));

    HttpResponse<String> certificate =
        page(a, "insp", "certificate.xhtml?customer=" + a.customerNo());
    assertEquals(200, certificate.statusCode(), certificate.body());
    assertTrue(certificate.body().contains("Passed for Alpha"));
    HttpResponse<String> foreignCertificate =
        page(a, "insp", "certificate.xhtml?customer=" + b.customerNo());
    assertEquals(200, foreignCertificate.statusCode());
    assertFalse(foreignCertificate.body().contains("Bravo"), foreignCertificate.body());
  }
}
