package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gas theft cases through the gas.theft-case chain: the inspection supervisor alone when the case
 * proposes neither to stop the supply nor to escalate; the supervisor and then the department head
 * when it proposes either; rejection and return; the case's stage follows the approval's events;
 * evidence is checked; and another tenant's cases are out of reach.
 *
 * <p>The organisation is {@link ApprovalOrg}'s: manager1 holds the inspection-supervisor role, the
 * clerk is an inspector in the operations department, whose head is "head".
 */
@ExtendWith(ArquillianExtension.class)
class GasTheftCaseIT {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @ArquillianResource URL base;

  private record Utility(ApprovalOrg org, GasCompany co, GasFollowUp fx, long customer) {}

  private Utility utility(String prefix) throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), prefix, "gas-inspection");
    roles(org, "manager1", "gas-inspection.inspection-supervisor");
    roles(org, "clerk", "gas-inspection.inspector");
    GasCompany co = GasCompany.of(base.toURI(), org.tenant);
    long area = co.area("A1", "North");
    long customer = co.household("C-" + prefix, area, "8 Pipe Street");
    return new Utility(org, co, new GasFollowUp(co), customer);
  }

  private static void roles(ApprovalOrg org, String who, String role) {
    HttpResponse<String> r =
        UserRoles.set(
            org.root,
            org.person(who).userId(),
            Json.createArrayBuilder().add(role).build().toString(),
            Http.asTenant(org.tenant));
    assertEquals(200, r.statusCode(), r.body());
  }

  private static GasFollowUp.Login login(ApprovalOrg org, String who) {
    return new GasFollowUp.Login(org.person(who).email(), ApprovalOrg.PASSWORD);
  }

  /** Opens a case as the clerk with one photo: its id. */
  private static long openWithEvidence(Utility u, boolean stopSupply, boolean escalate) {
    JsonObject created = open(u, stopSupply, escalate);
    long id = created.getJsonObject("theftCase").getJsonNumber("id").longValue();
    HttpResponse<byte[]> photo =
        u.fx()
            .postBytes(
                login(u.org(), "clerk"),
                u.co().api("theft-cases/" + id + "/evidence?name=bypass.png"),
                "image/png",
                PNG);
    assertEquals(201, photo.statusCode(), new String(photo.body(), StandardCharsets.UTF_8));
    return id;
  }

  private static JsonObject open(Utility u, boolean stopSupply, boolean escalate) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("customerId", u.customer())
            .add("kind", "METER_BYPASS")
            .add("description", "A hose bypasses the meter")
            .add("stopSupply", stopSupply)
            .add("escalate", escalate)
            .add("compensationYuan", 1200.50);
    HttpResponse<String> r =
        Http.post(u.co().api("theft-cases"), body.build().toString(), u.org().as("clerk"));
    assertEquals(201, r.statusCode(), r.body());
    return Http.json(r);
  }

  private static JsonObject submit(Utility u, long id) {
    HttpResponse<String> r =
        Http.post(u.co().api("theft-cases/" + id + "/submission"), "{}", u.org().as("clerk"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getJsonObject("theftCase");
  }

  private static JsonObject theftCase(Utility u, long id) {
    HttpResponse<String> r = Http.get(u.co().api("theft-cases/" + id), u.org().as("clerk"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  private static String stage(Utility u, long id) {
    return theftCase(u, id).getJsonObject("theftCase").getString("stage");
  }

  private static List<String> log(Utility u, long id) {
    return theftCase(u, id).getJsonArray("log").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind"))
        .toList();
  }

  private static HttpResponse<String> record(
      Utility u, String who, long id, String action, Double amount) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("action", action);
    if (amount != null) {
      body.add("amountYuan", amount);
    }
    return Http.post(
        u.co().api("theft-cases/" + id + "/actions"),
        body.build().toString(),
        u.org().as(who, "Accept-Language", "en"));
  }

  @Test
  void withoutStopSupplyOrEscalationTheSupervisorAloneDecides() throws Exception {
    Utility u = utility("gtheft-sup");
    long id = openWithEvidence(u, false, false);
    assertEquals("OPEN", stage(u, id));
    JsonObject submitted = submit(u, id);
    assertEquals("UNDER_REVIEW", submitted.getString("stage"));
    long approval = submitted.getJsonNumber("approvalId").longValue();

    JsonObject detail = u.org().get("clerk", approval);
    assertEquals("ACTIVE,SKIPPED", ApprovalOrg.steps(detail));
    assertEquals("manager1", ApprovalOrg.approvers(detail, 1));
    assertEquals(403, u.org().act("clerk", approval, "approve", null).statusCode());

    u.org().acted("manager1", approval, "approve", null);
    assertEquals("APPROVED", stage(u, id));
    assertEquals(List.of("OPENED", "SUBMITTED", "APPROVED"), log(u, id));

    // Nothing decided a supply stop: recording one is refused; compensation and closing are not.
    assertEquals(409, record(u, "clerk", id, "SUPPLY_STOPPED", null).statusCode());
    assertEquals(400, record(u, "clerk", id, "COMPENSATION_RECEIVED", 0.0).statusCode());
    assertEquals(200, record(u, "clerk", id, "COMPENSATION_RECEIVED", 1200.5).statusCode());
    assertEquals(200, record(u, "clerk", id, "CLOSED", null).statusCode());
    JsonObject closed = theftCase(u, id);
    assertEquals("CLOSED", closed.getJsonObject("theftCase").getString("stage"));
    assertEquals(
        List.of("OPENED", "SUBMITTED", "APPROVED", "COMPENSATION_RECEIVED", "CLOSED"), log(u, id));
  }

  @Test
  void stopSupplyGoesOnToTheDepartmentHead() throws Exception {
    Utility u = utility("gtheft-stop");
    long id = openWithEvidence(u, true, false);
    long approval = submit(u, id).getJsonNumber("approvalId").longValue();
    assertEquals("ACTIVE,WAITING", ApprovalOrg.steps(u.org().get("clerk", approval)));

    u.org().acted("manager1", approval, "approve", null);
    assertEquals("UNDER_REVIEW", stage(u, id));
    JsonObject atHead = u.org().get("clerk", approval);
    assertEquals("APPROVED,ACTIVE", ApprovalOrg.steps(atHead));
    assertEquals("head", ApprovalOrg.approvers(atHead, 2));

    u.org().acted("head", approval, "approve", null);
    assertEquals("APPROVED", stage(u, id));
    HttpResponse<String> stopped = record(u, "clerk", id, "SUPPLY_STOPPED", null);
    assertEquals(200, stopped.statusCode(), stopped.body());
    assertEquals("SUPPLY_STOPPED", stage(u, id));
    // Escalation was not proposed, so it was not decided.
    assertEquals(409, record(u, "manager1", id, "ESCALATED", null).statusCode());
  }

  @Test
  void escalationGoesToTheHeadWhoMayRejectIt() throws Exception {
    Utility u = utility("gtheft-esc");
    long id = openWithEvidence(u, false, true);
    long approval = submit(u, id).getJsonNumber("approvalId").longValue();
    assertEquals("ACTIVE,WAITING", ApprovalOrg.steps(u.org().get("clerk", approval)));
    u.org().acted("manager1", approval, "approve", null);
    u.org().acted("head", approval, "reject", "Evidence too thin for the police");
    assertEquals("REJECTED", stage(u, id));
    assertEquals(List.of("OPENED", "SUBMITTED", "REJECTED"), log(u, id));
    assertEquals(409, record(u, "manager1", id, "ESCALATED", null).statusCode());
    assertEquals(200, record(u, "clerk", id, "CLOSED", null).statusCode());
  }

  @Test
  void anApprovedEscalationIsRecordedOnlyByWhoMayEscalate() throws Exception {
    Utility u = utility("gtheft-esc2");
    long id = openWithEvidence(u, false, true);
    long approval = submit(u, id).getJsonNumber("approvalId").longValue();
    u.org().acted("manager1", approval, "approve", null);
    u.org().acted("head", approval, "approve", null);
    assertEquals("APPROVED", stage(u, id));
    assertEquals(403, record(u, "clerk", id, "ESCALATED", null).statusCode());
    assertEquals(200, record(u, "manager1", id, "ESCALATED", null).statusCode());
    assertEquals("ESCALATED", stage(u, id));
  }

  @Test
  void aReturnedCaseIsRevisedAndSentAgainOnTheRevisedProposal() throws Exception {
    Utility u = utility("gtheft-ret");
    long id = openWithEvidence(u, false, false);
    long first = submit(u, id).getJsonNumber("approvalId").longValue();
    u.org().acted("manager1", first, "return", "Propose stopping the supply");
    JsonObject returned = theftCase(u, id).getJsonObject("theftCase");
    assertEquals("RETURNED", returned.getString("stage"));

    HttpResponse<String> stale =
        Http.put(u.co().api("theft-cases/" + id), revision(u, returned, -1), u.org().as("clerk"));
    assertEquals(409, stale.statusCode(), stale.body());
    HttpResponse<String> revised =
        Http.put(u.co().api("theft-cases/" + id), revision(u, returned, 0), u.org().as("clerk"));
    assertEquals(200, revised.statusCode(), revised.body());

    JsonObject again = submit(u, id);
    assertEquals("UNDER_REVIEW", again.getString("stage"));
    long second = again.getJsonNumber("approvalId").longValue();
    assertNotEquals(first, second);
    assertEquals("WITHDRAWN", ApprovalOrg.status(u.org().get("clerk", first)));
    assertEquals("ACTIVE,WAITING", ApprovalOrg.steps(u.org().get("clerk", second)));
    assertEquals(List.of("OPENED", "SUBMITTED", "RETURNED", "WITHDRAWN", "SUBMITTED"), log(u, id));
  }

  private static String revision(Utility u, JsonObject current, int versionOffset) {
    return Json.createObjectBuilder()
        .add("customerId", u.customer())
        .add("kind", "METER_BYPASS")
        .add("description", "A hose bypasses the meter; the seal was cut")
        .add("stopSupply", true)
        .add("escalate", false)
        .add("compensationYuan", 1500)
        .add("version", current.getJsonNumber("version").longValue() + versionOffset)
        .build()
        .toString();
  }

  @Test
  void evidenceIsCheckedAndRequiredBeforeSubmission() throws Exception {
    Utility u = utility("gtheft-ev");
    long id = open(u, false, false).getJsonObject("theftCase").getJsonNumber("id").longValue();
    HttpResponse<String> none =
        Http.post(
            u.co().api("theft-cases/" + id + "/submission"),
            "{}",
            u.org().as("clerk", "Accept-Language", "en"));
    assertEquals(409, none.statusCode(), none.body());
    assertTrue(Http.json(none).getString("detail").startsWith("Add at least one photo"));

    GasFollowUp.Login clerk = login(u.org(), "clerk");
    String evidence = "theft-cases/" + id + "/evidence?name=x";
    assertEquals(
        415,
        u.fx()
            .postBytes(
                clerk,
                u.co().api(evidence),
                "image/png",
                "not a picture".getBytes(StandardCharsets.UTF_8))
            .statusCode());
    assertEquals(
        400, u.fx().postBytes(clerk, u.co().api(evidence), "image/png", new byte[0]).statusCode());
    assertEquals(
        413, u.fx().postBytes(clerk, u.co().api(evidence), "application/pdf", big()).statusCode());
    assertEquals(201, u.fx().postBytes(clerk, u.co().api(evidence), "image/png", PNG).statusCode());
    assertEquals(409, u.fx().postBytes(clerk, u.co().api(evidence), "image/png", PNG).statusCode());

    JsonObject ev = theftCase(u, id).getJsonArray("evidence").getJsonObject(0);
    assertEquals(PNG.length, ev.getInt("sizeBytes"));
    HttpResponse<byte[]> back =
        u.fx()
            .getBytes(
                clerk,
                u.co()
                    .api("theft-cases/" + id + "/evidence/" + ev.getJsonNumber("id").longValue()));
    assertEquals(200, back.statusCode());
    assertEquals(List.of(PNG.length), List.of(back.body().length));
    assertEquals(
        "1",
        u.fx()
            .one(
                "SELECT count(*) FROM gas_theft_evidence WHERE tenant_id = ? AND case_id = ?", id));
  }

  private static byte[] big() {
    byte[] b = new byte[10 * 1024 * 1024 + 10];
    System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 8);
    return b;
  }

  @Test
  void anotherTenantsCasesAreOutOfReach() throws Exception {
    Utility a = utility("gtheft-iso-a");
    Utility b = utility("gtheft-iso-b");
    long mine = openWithEvidence(a, false, false);
    long theirs = openWithEvidence(b, false, false);

    assertEquals(
        404, Http.get(a.co().api("theft-cases/" + theirs), a.org().as("clerk")).statusCode());
    assertEquals(
        404,
        Http.put(
                a.co().api("theft-cases/" + theirs),
                revision(b, Json.createObjectBuilder().add("version", 0).build(), 0),
                a.org().as("clerk"))
            .statusCode());
    assertEquals(
        404,
        Http.post(a.co().api("theft-cases/" + theirs + "/submission"), "{}", a.org().as("clerk"))
            .statusCode());
    assertEquals(404, record(a, "manager1", theirs, "CLOSED", null).statusCode());
    assertEquals(
        404,
        a.fx()
            .postBytes(
                login(a.org(), "clerk"),
                a.co().api("theft-cases/" + theirs + "/evidence?name=x"),
                "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1})
            .statusCode());
    long theirEvidence =
        theftCase(b, theirs)
            .getJsonArray("evidence")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        404,
        a.fx()
            .getBytes(
                login(a.org(), "clerk"),
                a.co().api("theft-cases/" + mine + "/evidence/" + theirEvidence))
            .statusCode());
    assertEquals(
        404,
        a.fx()
            .getBytes(
                login(a.org(), "clerk"),
                a.co().api("theft-cases/" + theirs + "/evidence/" + theirEvidence))
            .statusCode());
    HttpResponse<String> foreignCustomer =
        Http.post(
            a.co().api("theft-cases"),
            Json.createObjectBuilder()
                .add("customerId", b.customer())
                .add("kind", "OTHER")
                .add("description", "x")
                .build()
                .toString(),
            a.org().as("clerk"));
    assertEquals(400, foreignCustomer.statusCode(), foreignCustomer.body());
    List<Long> listed =
        Http.jsonArray(Http.get(a.co().api("theft-cases"), a.org().as("clerk")))
            .getValuesAs(JsonObject.class)
            .stream()
            .map(c -> c.getJsonNumber("id").longValue())
            .toList();
    assertEquals(List.of(mine), listed);
    assertEquals("OPEN", stage(b, theirs));
    assertEquals(
        "1",
        b.fx()
            .one(
                "SELECT count(*) FROM gas_theft_evidence WHERE tenant_id = ? AND case_id = ?",
                theirs));
  }
}
