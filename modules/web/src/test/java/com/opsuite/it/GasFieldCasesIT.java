package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Field cases: a seal installation updates its meter; an illegal alteration is rectified or, when
 * refused, reported; a pipeline occupation keeps a dated negotiation log until removed; the gas use
 * certificate gains a line per inspection or repair; nothing of another tenant is reachable.
 */
@ExtendWith(ArquillianExtension.class)
class GasFieldCasesIT {

  @ArquillianResource URL base;

  private record Site(GasCompany co, GasFollowUp fx, long customer, long meter) {}

  private Site site(String prefix) throws Exception {
    GasCompany co = new GasCompany(base.toURI(), prefix);
    co.user("insp", "inspector");
    co.user("audit", "auditor");
    long area = co.area("A1", "North");
    long customer = co.customer("C-" + prefix, "Zhang San", "RESIDENTIAL", area, "3 Main St");
    long meter = co.meter(customer, "M-" + prefix, "S-OLD");
    return new Site(co, new GasFollowUp(co), customer, meter);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private static HttpResponse<String> post(Site s, String who, String path, String json) {
    return Http.post(
        s.co().api("field-cases/" + path), json, s.co().as(who, "Accept-Language", "en"));
  }

  @Test
  void aSealInstallationUpdatesTheMeter() throws Exception {
    Site s = site("gfc-seal");
    JsonObject meter =
        Http.json(Http.get(s.co().api("field-cases/meters/" + s.meter()), s.co().as("insp")));
    long version = meter.getJsonNumber("version").longValue();

    HttpResponse<String> stale =
        post(
            s,
            "insp",
            "seals",
            Json.createObjectBuilder()
                .add("meterId", s.meter())
                .add("sealNo", "S-NEW")
                .add("meterVersion", version + 1)
                .build()
                .toString());
    assertEquals(409, stale.statusCode(), stale.body());

    HttpResponse<String> installed =
        post(
            s,
            "insp",
            "seals",
            Json.createObjectBuilder()
                .add("meterId", s.meter())
                .add("sealNo", "S-NEW")
                .add("note", "Replaced after audit")
                .add("meterVersion", version)
                .build()
                .toString());
    assertEquals(201, installed.statusCode(), installed.body());
    assertEquals("S-OLD", Http.json(installed).getString("previousSealNo"));
    assertEquals(
        "S-NEW|REPLACED",
        s.fx()
            .one(
                "SELECT seal_no || '|' || seal_state FROM gas_meter WHERE tenant_id = ? AND id = ?",
                s.meter()));

    HttpResponse<String> same =
        post(
            s,
            "audit",
            "seals",
            Json.createObjectBuilder()
                .add("meterId", s.meter())
                .add("sealNo", "s-new")
                .build()
                .toString());
    assertEquals(409, same.statusCode(), same.body());
    List<JsonObject> history =
        Http.jsonArray(
                Http.get(s.co().api("field-cases/seals?meterId=" + s.meter()), s.co().as("audit")))
            .getValuesAs(JsonObject.class);
    assertEquals(1, history.size());
    assertEquals(
        s.co().person("insp").userId(), history.get(0).getJsonNumber("installedBy").longValue());

    HttpResponse<String> blank =
        post(
            s,
            "insp",
            "seals",
            Json.createObjectBuilder()
                .add("meterId", s.meter())
                .add("sealNo", " ")
                .build()
                .toString());
    assertEquals(400, blank.statusCode());
    assertEquals(
        "sealNo", Http.json(blank).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void anAlterationIsRectifiedOrReportedWhenRefused() throws Exception {
    Site s = site("gfc-alt");
    HttpResponse<String> badDeadline =
        post(s, "audit", "alterations", alteration(s, "BOILER", today().minusDays(1)));
    assertEquals(400, badDeadline.statusCode(), badDeadline.body());

    JsonObject heater =
        Http.json(
            post(s, "audit", "alterations", alteration(s, "WATER_HEATER", today().plusDays(10))));
    assertEquals("OPEN", heater.getString("status"));
    long heaterId = heater.getJsonNumber("id").longValue();
    HttpResponse<String> rectified =
        post(s, "insp", "alterations/" + heaterId + "/rectified", "{\"note\":\"Removed\"}");
    assertEquals(200, rectified.statusCode(), rectified.body());
    assertEquals("RECTIFIED", Http.json(rectified).getString("status"));
    assertEquals(409, post(s, "insp", "alterations/" + heaterId + "/rectified", "{}").statusCode());

    long pipe =
        Http.json(
                post(
                    s,
                    "audit",
                    "alterations",
                    alteration(s, "PIPE_ALTERATION", today().plusDays(3))))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> noAuthority =
        post(s, "audit", "alterations/" + pipe + "/refused", "{\"note\":\"Refused\"}");
    assertEquals(400, noAuthority.statusCode());
    assertEquals(
        "OPEN",
        s.fx().one("SELECT status FROM gas_alteration WHERE tenant_id = ? AND id = ?", pipe));
    HttpResponse<String> reported =
        post(
            s,
            "audit",
            "alterations/" + pipe + "/refused",
            "{\"authority\":\"District safety bureau\",\"note\":\"Refused\"}");
    assertEquals(200, reported.statusCode(), reported.body());
    assertEquals("REPORTED", Http.json(reported).getString("status"));
    assertEquals("District safety bureau", Http.json(reported).getString("authority"));
    assertEquals(
        List.of(pipe),
        Http.jsonArray(
                Http.get(s.co().api("field-cases/alterations?status=REPORTED"), s.co().as("insp")))
            .getValuesAs(JsonObject.class)
            .stream()
            .map(a -> a.getJsonNumber("id").longValue())
            .toList());
  }

  private static String alteration(Site s, String kind, LocalDate deadline) {
    return Json.createObjectBuilder()
        .add("customerId", s.customer())
        .add("kind", kind)
        .add("description", "Private hookup in the kitchen")
        .add("foundOn", today().toString())
        .add("deadlineOn", deadline.toString())
        .build()
        .toString();
  }

  @Test
  void anOccupationKeepsItsNegotiationLogUntilRemoved() throws Exception {
    Site s = site("gfc-occ");
    HttpResponse<String> created =
        post(
            s,
            "audit",
            "occupations",
            Json.createObjectBuilder()
                .add("location", "Along Elm Road, km 1.2")
                .add("structure", "Brick shed over main")
                .add("ownerName", "Li Si")
                .add("foundOn", today().minusDays(20).toString())
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = Http.json(created).getJsonNumber("id").longValue();

    String path = "occupations/" + id + "/notes";
    assertEquals(
        200,
        post(s, "audit", path, note(today().minusDays(5), "Second visit: agreed")).statusCode());
    assertEquals(
        200, post(s, "audit", path, note(today().minusDays(15), "Owner informed")).statusCode());
    assertEquals(
        400, post(s, "audit", path, note(today().minusDays(30), "Too early")).statusCode());
    assertEquals(400, post(s, "audit", path, note(today().plusDays(1), "Future")).statusCode());

    JsonObject occupation =
        Http.json(Http.get(s.co().api("field-cases/occupations/" + id), s.co().as("insp")));
    assertEquals(
        List.of("Owner informed", "Second visit: agreed"),
        occupation.getJsonArray("log").getValuesAs(JsonObject.class).stream()
            .map(n -> n.getString("note"))
            .toList());

    HttpResponse<String> removed =
        post(
            s,
            "audit",
            "occupations/" + id + "/removed",
            "{\"removedOn\":\""
                + today()
                + "\",\"version\":"
                + occupation.getJsonNumber("version").longValue()
                + "}");
    assertEquals(200, removed.statusCode(), removed.body());
    assertEquals("REMOVED", Http.json(removed).getString("status"));
    assertEquals(409, post(s, "audit", path, note(today(), "After")).statusCode());
    assertEquals(
        0,
        Http.jsonArray(
                Http.get(s.co().api("field-cases/occupations?open=true"), s.co().as("audit")))
            .size());
  }

  private static String note(LocalDate on, String text) {
    return Json.createObjectBuilder()
        .add("notedOn", on.toString())
        .add("note", text)
        .build()
        .toString();
  }

  @Test
  void theCertificateGainsALinePerInspectionOrRepair() throws Exception {
    Site s = site("gfc-cert");
    String entries = "certificates/" + s.customer() + "/entries";
    HttpResponse<String> first =
        Http.post(
            s.co().api(entries),
            Json.createObjectBuilder()
                .add("entryOn", today().minusDays(100).toString())
                .add("kind", "INSPECTION")
                .add("result", "Passed")
                .build()
                .toString(),
            s.co().as("insp"));
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> second =
        Http.post(
            s.co().api(entries),
            Json.createObjectBuilder()
                .add("entryOn", today().toString())
                .add("kind", "REPAIR")
                .add("result", "Valve replaced")
                .build()
                .toString(),
            s.co().as("insp"));
    assertEquals(201, second.statusCode(), second.body());
    HttpResponse<String> future =
        Http.post(
            s.co().api(entries),
            Json.createObjectBuilder()
                .add("entryOn", today().plusDays(1).toString())
                .add("kind", "REPAIR")
                .add("result", "x")
                .build()
                .toString(),
            s.co().as("insp"));
    assertEquals(400, future.statusCode());

    JsonObject certificate =
        Http.json(Http.get(s.co().api("certificates/" + s.customer()), s.co().as("audit")));
    assertEquals("Zhang San", certificate.getString("name"));
    assertEquals(
        List.of("INSPECTION|Passed|insp", "REPAIR|Valve replaced|insp"),
        certificate.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
            .map(
                e ->
                    e.getString("kind")
                        + "|"
                        + e.getString("result")
                        + "|"
                        + e.getString("performedByName"))
            .toList());
  }

  @Test
  void anotherTenantsFieldCasesAreOutOfReach() throws Exception {
    Site a = site("gfc-iso-a");
    Site b = site("gfc-iso-b");
    long theirAlteration =
        Http.json(post(b, "audit", "alterations", alteration(b, "BOILER", today().plusDays(5))))
            .getJsonNumber("id")
            .longValue();
    long theirOccupation =
        Http.json(
                post(
                    b,
                    "audit",
                    "occupations",
                    Json.createObjectBuilder()
                        .add("location", "B")
                        .add("structure", "B")
                        .add("ownerName", "B")
                        .build()
                        .toString()))
            .getJsonNumber("id")
            .longValue();

    assertEquals(
        404,
        Http.get(a.co().api("field-cases/meters/" + b.meter()), a.co().as("insp")).statusCode());
    assertEquals(
        400,
        post(
                a,
                "insp",
                "seals",
                Json.createObjectBuilder()
                    .add("meterId", b.meter())
                    .add("sealNo", "HIJACK")
                    .build()
                    .toString())
            .statusCode());
    assertEquals(
        "S-OLD",
        b.fx().one("SELECT seal_no FROM gas_meter WHERE tenant_id = ? AND id = ?", b.meter()));
    assertEquals(
        404, post(a, "insp", "alterations/" + theirAlteration + "/rectified", "{}").statusCode());
    assertEquals(
        404,
        post(a, "insp", "alterations/" + theirAlteration + "/refused", "{\"authority\":\"x\"}")
            .statusCode());
    assertEquals(
        400,
        post(a, "audit", "alterations", alteration(b, "BOILER", today().plusDays(5))).statusCode());
    assertEquals(
        404,
        Http.get(a.co().api("field-cases/occupations/" + theirOccupation), a.co().as("insp"))
            .statusCode());
    assertEquals(
        404,
        post(a, "audit", "occupations/" + theirOccupation + "/notes", note(today(), "x"))
            .statusCode());
    assertEquals(
        404, post(a, "audit", "occupations/" + theirOccupation + "/removed", "{}").statusCode());
    assertEquals(
        404, Http.get(a.co().api("certificates/" + b.customer()), a.co().as("insp")).statusCode());
    assertEquals(
        404,
        Http.post(
                a.co().api("certificates/" + b.customer() + "/entries"),
                "{\"kind\":\"REPAIR\",\"result\":\"x\"}",
                a.co().as("insp"))
            .statusCode());
    assertEquals(
        0,
        Http.jsonArray(Http.get(a.co().api("field-cases/alterations"), a.co().as("insp"))).size());
    assertEquals(
        0,
        Http.jsonArray(Http.get(a.co().api("field-cases/occupations"), a.co().as("insp"))).size());
    assertEquals(
        0, Http.jsonArray(Http.get(a.co().api("field-cases/seals"), a.co().as("insp"))).size());
    assertEquals(
        "OPEN|OPEN",
        b.fx()
            .one(
                "SELECT a.status || '|' || o.status FROM gas_alteration a, gas_occupation o"
                    + " WHERE a.tenant_id = ? AND o.tenant_id = a.tenant_id AND a.id = ? AND o.id = ?",
                theirAlteration,
                theirOccupation));
  }
}
