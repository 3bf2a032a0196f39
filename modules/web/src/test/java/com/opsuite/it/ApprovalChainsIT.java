package com.opsuite.it;

import static com.opsuite.it.ApprovalOrg.approvers;
import static com.opsuite.it.ApprovalOrg.id;
import static com.opsuite.it.ApprovalOrg.status;
import static com.opsuite.it.ApprovalOrg.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's own chains: every step kind, routing by position and by role, versions that leave
 * running approvals alone, the reset to the default, and unsound chains refused with reasons.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalChainsIT {

  private static final String CLAIM = "core.expense-claim";

  @ArquillianResource URL base;

  private static String reviewers(ApprovalOrg org, String kind, Integer quorum) {
    return "{\"steps\":[{\"key\":\"review\",\"label\":\"Review board\",\"kind\":\""
        + kind
        + "\""
        + (quorum == null ? "" : ",\"quorum\":" + quorum)
        + ",\"route\":\"POSITION\",\"positionId\":"
        + org.reviewerPosition
        + ",\"deadlineHours\":8}]}";
  }

  @Test
  void allAnyAndQuorumStepsDecideByTheirRule() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-kinds");

    assertEquals(200, org.saveChain(CLAIM, reviewers(org, "ALL", null), "en").statusCode());
    long all = id(org.claim("clerk", "ALL-1", 10));
    assertEquals("reviewer1,reviewer2,reviewer3", approvers(org.get("clerk", all), 1));
    org.acted("reviewer1", all, "approve", null);
    assertEquals("PENDING", status(org.acted("reviewer2", all, "approve", null)));
    assertEquals(409, org.act("reviewer2", all, "approve", null).statusCode(), "decided already");
    assertEquals("APPROVED", status(org.acted("reviewer3", all, "approve", null)));
    long allRejected = id(org.claim("clerk", "ALL-2", 10));
    org.acted("reviewer1", allRejected, "approve", null);
    assertEquals("REJECTED", status(org.acted("reviewer2", allRejected, "reject", "no")));

    assertEquals(200, org.saveChain(CLAIM, reviewers(org, "ANY", null), "en").statusCode());
    long any = id(org.claim("clerk", "ANY-1", 10));
    assertEquals("PENDING", status(org.acted("reviewer1", any, "reject", "no")));
    assertEquals("APPROVED", status(org.acted("reviewer2", any, "approve", null)));
    long anyRejected = id(org.claim("clerk", "ANY-2", 10));
    org.acted("reviewer1", anyRejected, "reject", "no");
    org.acted("reviewer2", anyRejected, "reject", "no");
    assertEquals("REJECTED", status(org.acted("reviewer3", anyRejected, "reject", "no")));

    assertEquals(200, org.saveChain(CLAIM, reviewers(org, "QUORUM", 2), "en").statusCode());
    long quorum = id(org.claim("clerk", "Q-1", 10));
    org.acted("reviewer1", quorum, "approve", null);
    assertEquals("PENDING", status(org.acted("reviewer2", quorum, "reject", "no")));
    assertEquals("APPROVED", status(org.acted("reviewer3", quorum, "approve", null)));
    long lost = id(org.claim("clerk", "Q-2", 10));
    org.acted("reviewer1", lost, "reject", "no");
    assertEquals("REJECTED", status(org.acted("reviewer2", lost, "reject", "no")));

    HttpResponse<String> role =
        Http.put(
            org.api("roles/custom.claims-desk"),
            "{\"permissions\":[\"core.org.read\"]}",
            Http.asTenant(org.tenant));
    assertEquals(200, role.statusCode(), role.body());
    assertEquals(
        200,
        UserRoles.set(
                org.root,
                org.person("clerk2").userId(),
                "[\"custom.claims-desk\"]",
                Http.asTenant(org.tenant))
            .statusCode());
    String byRole =
        "{\"steps\":[{\"key\":\"desk\",\"kind\":\"SINGLE\",\"route\":\"ROLE\","
            + "\"roleCode\":\"custom.claims-desk\"}]}";
    assertEquals(200, org.saveChain(CLAIM, byRole, "en").statusCode());
    long routed = id(org.claim("clerk", "ROLE-1", 10));
    assertEquals("clerk2", approvers(org.get("clerk", routed), 1));
    assertEquals("APPROVED", status(org.acted("clerk2", routed, "approve", null)));
  }

  @Test
  void aNewVersionLeavesRunningApprovalsOnTheirsAndResetGoesBackToTheDefault() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-versions");
    JsonObject defaults =
        Http.json(
            Http.get(
                org.api("approvals/chains/" + CLAIM),
                Http.asTenant(org.tenant, "Accept-Language", "en")));
    assertEquals(0, defaults.getInt("version"));
    assertFalse(defaults.getBoolean("custom"));
    assertEquals(3, defaults.getJsonArray("steps").size());
    assertEquals("Department head approval", defaults.getJsonArray("labels").getString(1));

    long running = id(org.claim("clerk", "V-1", 30000));
    HttpResponse<String> saved = org.saveChain(CLAIM, reviewers(org, "SINGLE", null), "en");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(1, Http.json(saved).getInt("version"));

    JsonObject afterManager = org.acted("manager1", running, "approve", null);
    assertEquals(0, afterManager.getInt("chainVersion"));
    assertEquals("APPROVED,ACTIVE,WAITING", steps(afterManager), "still the default's steps");
    assertEquals("head", approvers(afterManager, 2));

    JsonObject newer = org.claim("clerk", "V-2", 30000);
    assertEquals(1, newer.getInt("chainVersion"));
    assertEquals("ACTIVE", steps(newer));
    assertEquals("Review board", newer.getJsonArray("steps").getJsonObject(0).getString("label"));

    HttpResponse<String> reset =
        Http.post(org.api("approvals/chains/" + CLAIM + "/reset"), "", Http.asTenant(org.tenant));
    assertEquals(200, reset.statusCode(), reset.body());
    assertEquals(2, Http.json(reset).getInt("version"));
    assertFalse(Http.json(reset).getBoolean("custom"));
    JsonObject third = org.claim("clerk", "V-3", 30000);
    assertEquals(2, third.getInt("chainVersion"));
    assertEquals("ACTIVE,WAITING,WAITING", steps(third));
    assertEquals("ACTIVE", steps(org.get("clerk", id(newer))), "v1 approval keeps its one step");
  }

  /**
   * The submitter's manager and the holders of the manager position are the same people: with
   * "approve once per person" the second step passes by itself once a manager approved the first;
   * without it, they are asked again. The department head, not asked before, is always asked.
   */
  @Test
  void aStepWhoseApproversAlreadyApprovedPassesByItselfWhenTheChainSaysSo() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-repeat");
    String steps =
        "[{\"key\":\"m\",\"kind\":\"SINGLE\",\"route\":\"SUBMITTER_MANAGER\"},"
            + "{\"key\":\"p\",\"kind\":\"ANY\",\"route\":\"POSITION\",\"positionId\":"
            + org.managerPosition
            + "},{\"key\":\"h\",\"kind\":\"SINGLE\",\"route\":\"DEPARTMENT_HEAD\"}]";
    HttpResponse<String> once =
        org.saveChain(
            "core.expense-claim", "{\"skipRepeatedApprovers\":true,\"steps\":" + steps + "}", "en");
    assertEquals(200, once.statusCode(), once.body());
    assertTrue(Http.json(once).getBoolean("skipRepeatedApprovers"), once.body());
    long skipping = id(org.claim("clerk", "REP-1", 10));
    JsonObject afterManager = org.acted("manager2", skipping, "approve", null);
    assertEquals("APPROVED,APPROVED,ACTIVE", steps(afterManager));
    assertEquals("head", approvers(afterManager, 3));
    JsonObject auto = afterManager.getJsonArray("history").getJsonObject(2);
    assertEquals("AUTO_APPROVED", auto.getString("action"));
    assertEquals(2, auto.getInt("stepNo"));
    assertEquals("APPROVED", status(org.acted("head", skipping, "approve", null)));

    HttpResponse<String> twice =
        org.saveChain("core.expense-claim", "{\"steps\":" + steps + "}", "en");
    assertEquals(200, twice.statusCode(), twice.body());
    assertFalse(Http.json(twice).getBoolean("skipRepeatedApprovers"), "absent means no");
    long asking = id(org.claim("clerk", "REP-2", 10));
    JsonObject askedAgain = org.acted("manager2", asking, "approve", null);
    assertEquals("APPROVED,ACTIVE,WAITING", steps(askedAgain));
    assertEquals("manager1,manager2", approvers(askedAgain, 2));
  }

  @Test
  void unsoundChainsAreRefusedWithAnExplanation() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-invalid");
    long vacant = org.position("Auditor", org.headPosition, 1);

    HttpResponse<String> empty =
        org.saveChain(
            CLAIM,
            "{\"steps\":[{\"key\":\"audit\",\"kind\":\"SINGLE\",\"route\":\"POSITION\","
                + "\"positionId\":"
                + vacant
                + "}]}",
            "en");
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(
        empty.body().contains("routes to the position \\\"Auditor\\\", which nobody"),
        empty.body());

    HttpResponse<String> field =
        org.saveChain(
            CLAIM,
            "{\"steps\":[{\"key\":\"m\",\"kind\":\"SINGLE\",\"route\":\"SUBMITTER_MANAGER\","
                + "\"conditions\":[{\"field\":\"amont\",\"operator\":\">\",\"value\":\"1\"}]}]}",
            "zh-CN");
    assertEquals(400, field.statusCode(), field.body());
    assertTrue(field.body().contains("不属于该单据类型"), field.body());
    assertTrue(field.body().contains("steps[0].conditions[0]"), field.body());

    HttpResponse<String> quorum = org.saveChain(CLAIM, reviewers(org, "QUORUM", 4), "en");
    assertEquals(400, quorum.statusCode(), quorum.body());
    assertTrue(quorum.body().contains("asks for 4 approvals but only 3 people"), quorum.body());

    HttpResponse<String> role =
        org.saveChain(
            CLAIM,
            "{\"steps\":[{\"key\":\"r\",\"kind\":\"SINGLE\",\"route\":\"ROLE\","
                + "\"roleCode\":\"custom.nobody\"}]}",
            "en");
    assertEquals(400, role.statusCode(), role.body());

    JsonObject still =
        Http.json(Http.get(org.api("approvals/chains/" + CLAIM), Http.asTenant(org.tenant)));
    assertEquals(0, still.getInt("version"), "nothing was saved");
    assertEquals(
        404,
        Http.get(org.api("approvals/chains/gas.theft-case"), Http.asTenant(org.tenant))
            .statusCode(),
        "the module is not enabled for this tenant");
  }

  @Test
  void aSaveOrResetBasedOnAnOlderVersionIsRefused() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "appr-stale");
    java.net.URI chain = base.toURI().resolve("api/v1/core/approvals/chains/" + CLAIM);
    String[] admin = Http.asTenant(tenant, "Accept-Language", "en");
    String steps =
        "{\"steps\":[{\"key\":\"m\",\"kind\":\"SINGLE\",\"route\":\"SUBMITTER_MANAGER\"}]";

    HttpResponse<String> first = Http.put(chain, steps + ",\"version\":0}", admin);
    assertEquals(200, first.statusCode(), first.body());
    HttpResponse<String> stale = Http.put(chain, steps + ",\"version\":0}", admin);
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("saved version 1 of this chain meanwhile"), stale.body());
    HttpResponse<String> staleReset = Http.post(resolve(chain, "/reset?version=0"), "", admin);
    assertEquals(409, staleReset.statusCode(), staleReset.body());
    assertEquals(1, Http.json(Http.get(chain, admin)).getInt("version"), "neither was saved");

    HttpResponse<String> reset = Http.post(resolve(chain, "/reset?version=1"), "", admin);
    assertEquals(200, reset.statusCode(), reset.body());
    assertEquals(2, Http.json(reset).getInt("version"));
    HttpResponse<String> unversioned = Http.put(chain, steps + "}", admin);
    assertEquals(3, Http.json(unversioned).getInt("version"), "without a version: last one wins");
  }

  private static java.net.URI resolve(java.net.URI chain, String rest) {
    return java.net.URI.create(chain + rest);
  }

  @Test
  void enabledModulesBringTheirDocumentTypesAndDefaultChains() throws Exception {
    String tenant =
        TestTenants.signUp(base.toURI(), "appr-modules", "online-ops", "gas-inspection");
    String[] admin = Http.asTenant(tenant, "Accept-Language", "zh-CN");
    java.net.URI api = base.toURI().resolve("api/v1/core/approvals/chains");

    String types = Http.get(api, admin).body();
    assertTrue(types.contains("\"core.expense-claim\""), types);
    assertTrue(types.contains("内容审核") && types.contains("偷气案件"), types);
    assertFalse(types.contains("dental"), types);

    JsonObject content = Http.json(Http.get(api.resolve("chains/online.content"), admin));
    assertEquals("主管审核", content.getJsonArray("labels").getString(0));
    assertEquals("总经理确认", content.getJsonArray("labels").getString(1));
    JsonObject gm = content.getJsonArray("steps").getJsonObject(1);
    assertEquals("COMPANY_HEAD", gm.getString("route"));
    assertEquals(
        "involvesCompanyProject",
        gm.getJsonArray("conditions").getJsonObject(0).getString("field"));

    JsonObject theft = Http.json(Http.get(api.resolve("chains/gas.theft-case"), admin));
    assertEquals(
        "gas-inspection.inspection-supervisor",
        theft.getJsonArray("steps").getJsonObject(0).getString("roleCode"));
    assertEquals(
        "DEPARTMENT_HEAD", theft.getJsonArray("steps").getJsonObject(1).getString("route"));
  }

  @Test
  void badSubmissionsAndMalformedChainsAreRefusedAsInput() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-input");
    String[] clerk = org.as("clerk", "Accept-Language", "en");

    HttpResponse<String> unknownField =
        Http.post(
            org.api("approvals"),
            "{\"type\":\"core.expense-claim\",\"documentRef\":\"X-1\",\"title\":\"t\","
                + "\"fields\":{\"amont\":5}}",
            clerk);
    assertEquals(400, unknownField.statusCode(), unknownField.body());
    assertTrue(unknownField.body().contains("has no field \\\"amont\\\""), unknownField.body());
    HttpResponse<String> wrongType =
        Http.post(
            org.api("approvals"),
            "{\"type\":\"core.expense-claim\",\"documentRef\":\"X-2\",\"title\":\"t\","
                + "\"fields\":{\"amount\":\"lots\"}}",
            clerk);
    assertEquals(400, wrongType.statusCode(), wrongType.body());
    HttpResponse<String> noTitle =
        Http.post(
            org.api("approvals"),
            "{\"type\":\"core.expense-claim\",\"documentRef\":\"X-3\"}",
            clerk);
    assertEquals(400, noTitle.statusCode(), noTitle.body());

    HttpResponse<String> noSteps = org.saveChain(CLAIM, "{\"steps\":[]}", "en");
    assertEquals(400, noSteps.statusCode(), noSteps.body());
    assertTrue(noSteps.body().contains("at least one step"), noSteps.body());
    HttpResponse<String> noKind =
        org.saveChain(CLAIM, "{\"steps\":[{\"key\":\"a\",\"route\":\"SUBMITTER_MANAGER\"}]}", "en");
    assertEquals(400, noKind.statusCode(), noKind.body());
    assertTrue(noKind.body().contains("needs a kind"), noKind.body());
  }
}
