package com.opsuite.it;

import static com.opsuite.it.ApprovalOrg.approvers;
import static com.opsuite.it.ApprovalOrg.id;
import static com.opsuite.it.ApprovalOrg.status;
import static com.opsuite.it.ApprovalOrg.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An expense claim through core's default chain: the steps its amount calls for, routed through the
 * org; return and resubmit; withdrawal; a delegate acting on someone's behalf; the inbox.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalFlowIT {

  @ArquillianResource URL base;

  @Test
  void theAmountDecidesWhichStepsAClaimGoesThrough() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-amount");

    JsonObject small = org.claim("clerk", "EC-1", 3000);
    assertEquals("PENDING", status(small));
    assertEquals("ACTIVE,SKIPPED,SKIPPED", steps(small));
    assertEquals("manager1,manager2", approvers(small, 1), "both holders of the manager position");
    assertEquals(0, small.getInt("chainVersion"));
    assertEquals("APPROVED", status(org.acted("manager2", id(small), "approve", null)));

    JsonObject middle = org.claim("clerk", "EC-2", 8000);
    assertEquals("ACTIVE,WAITING,SKIPPED", steps(middle));

    JsonObject large = org.claim("clerk", "EC-3", 30000);
    assertEquals("ACTIVE,WAITING,WAITING", steps(large));
    JsonObject afterManager = org.acted("manager1", id(large), "approve", "ok");
    assertEquals("APPROVED,ACTIVE,WAITING", steps(afterManager));
    assertEquals("head", approvers(afterManager, 2));
    JsonObject afterHead = org.acted("head", id(large), "approve", null);
    assertEquals("gm", approvers(afterHead, 3), "the holder of the company's head position");
    JsonObject done = org.acted("gm", id(large), "approve", null);
    assertEquals("APPROVED", status(done));
    assertEquals(
        List.of("SUBMIT", "APPROVE", "APPROVE", "APPROVE"),
        done.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .map(h -> h.getString("action"))
            .toList());

    JsonObject inbox =
        Http.json(Http.get(org.api("approvals/inbox?box=pending"), org.as("manager1")));
    assertEquals(1, inbox.getJsonObject("counts").getInt("pending"), inbox.toString());
    assertEquals(1, inbox.getJsonObject("counts").getInt("done"));
    assertEquals("EC-2", inbox.getJsonArray("items").getJsonObject(0).getString("documentRef"));
    JsonObject submitted =
        Http.json(Http.get(org.api("approvals/inbox?box=submitted"), org.as("clerk")));
    assertEquals(3, submitted.getJsonObject("counts").getInt("submitted"));
    assertEquals(0, submitted.getJsonObject("counts").getInt("pending"));
    JsonObject english =
        Http.json(
            Http.get(
                org.api("approvals/inbox?box=pending"),
                org.as("manager1", "Accept-Language", "en")));
    assertEquals(
        "Manager check",
        english.getJsonArray("items").getJsonObject(0).getString("currentStepLabel"),
        "each line names its current step");

    // Filters narrow the list; the counts stay the boxes' totals.
    assertEquals(List.of("EC-3"), refs(org, "clerk", "box=submitted&q=ec-3"));
    assertEquals(List.of(), refs(org, "clerk", "box=submitted&q=EC%25"), "% is not a wildcard");
    assertEquals(List.of(), refs(org, "clerk", "box=submitted&type=gas.theft-case"));
    assertEquals(
        List.of("EC-3", "EC-2", "EC-1"),
        refs(org, "clerk", "box=submitted&type=core.expense-claim"));
    HttpResponse<String> tooLong =
        Http.get(
            org.api("approvals/inbox?q=" + "x".repeat(101)),
            org.as("clerk", "Accept-Language", "en"));
    assertEquals(400, tooLong.statusCode(), tooLong.body());
  }

  private static List<String> refs(ApprovalOrg org, String who, String query) {
    HttpResponse<String> response = Http.get(org.api("approvals/inbox?" + query), org.as(who));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject inbox = Http.json(response);
    assertEquals(3, inbox.getJsonObject("counts").getInt("submitted"), inbox.toString());
    return inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("documentRef"))
        .toList();
  }

  @Test
  void rejectingNeedsAComment() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-reject");
    long claim = id(org.claim("clerk", "EC-R", 100));

    HttpResponse<String> bare = org.act("manager1", claim, "reject", " ");
    assertEquals(400, bare.statusCode(), bare.body());
    assertTrue(bare.body().contains("Please give a comment."), bare.body());

    JsonObject rejected = org.acted("manager1", claim, "reject", "No receipt attached");
    assertEquals("REJECTED", status(rejected));
    assertEquals("REJECTED,SKIPPED,SKIPPED", steps(rejected));
  }

  @Test
  void aReturnedClaimIsResubmittedToTheSameStep() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-return");
    long claim = id(org.claim("clerk", "EC-4", 8000));
    org.acted("manager1", claim, "approve", null);

    JsonObject returned = org.acted("head", claim, "return", "Attach the invoice");
    assertEquals("RETURNED", status(returned));
    HttpResponse<String> meanwhile = org.act("head", claim, "approve", null);
    assertEquals(409, meanwhile.statusCode(), meanwhile.body());
    assertTrue(meanwhile.body().contains("returned to its submitter"), meanwhile.body());
    assertEquals(403, org.act("manager1", claim, "resubmit", null).statusCode());

    JsonObject again = org.acted("clerk", claim, "resubmit", "Invoice attached");
    assertEquals("PENDING", status(again));
    assertEquals("APPROVED,ACTIVE,SKIPPED", steps(again), "back at the step that returned it");
    assertEquals(2, again.getInt("documentVersion"));

    JsonObject done = org.acted("head", claim, "approve", null);
    assertEquals("APPROVED", status(done));
    List<JsonObject> history = done.getJsonArray("history").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("SUBMIT", "APPROVE", "RETURN", "RESUBMIT", "APPROVE"),
        history.stream().map(h -> h.getString("action")).toList());
    assertEquals("Attach the invoice", history.get(2).getString("comment"));
    assertEquals(1, history.get(2).getInt("documentVersion"));
    assertEquals(2, history.get(4).getInt("documentVersion"));
    assertEquals(2, history.get(4).getInt("stepNo"));
  }

  @Test
  void theSubmitterWithdrawsAndEveryoneInvolvedComments() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-withdraw");
    long claim = id(org.claim("clerk", "EC-5", 100));

    assertEquals(403, org.act("manager1", claim, "withdraw", null).statusCode());
    org.acted("manager1", claim, "comment", "Which project is this for?");
    org.acted("clerk", claim, "comment", "The spring campaign.");
    assertEquals(403, org.act("clerk2", claim, "comment", "me too").statusCode());

    JsonObject withdrawn = org.acted("clerk", claim, "withdraw", null);
    assertEquals("WITHDRAWN", status(withdrawn));
    HttpResponse<String> late = org.act("manager2", claim, "approve", null);
    assertEquals(409, late.statusCode(), late.body());
    assertEquals(409, org.act("clerk", claim, "withdraw", null).statusCode());

    HttpResponse<String> audit =
        Http.get(org.api("audit?action=approval.concluded"), Http.asTenant(org.tenant));
    assertEquals(200, audit.statusCode(), audit.body());
    assertTrue(audit.body().contains("WITHDRAWN"), audit.body());
  }

  @Test
  void aDelegateApprovesOnBehalfOfTheApprover() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-delegate");
    ApprovalOrg.Person deputy = org.hire("deputy", null);

    HttpResponse<String> delegated =
        Http.post(
            org.api("approvals/delegations"),
            Json.createObjectBuilder()
                .add("toUserId", deputy.userId())
                .add("startsOn", LocalDate.now().toString())
                .add("endsOn", LocalDate.now().plusDays(7).toString())
                .build()
                .toString(),
            org.as("head"));
    assertEquals(201, delegated.statusCode(), delegated.body());

    long claim = id(org.claim("clerk", "EC-6", 8000));
    assertEquals(
        403, org.act("deputy", claim, "approve", null).statusCode(), "not the head's step");
    org.acted("manager1", claim, "approve", null);

    JsonObject inbox = Http.json(Http.get(org.api("approvals/inbox"), org.as("deputy")));
    assertEquals(1, inbox.getJsonObject("counts").getInt("pending"), inbox.toString());

    JsonObject done = org.acted("deputy", claim, "approve", "For the head, on leave");
    assertEquals("APPROVED", status(done));
    JsonObject last =
        done.getJsonArray("history").getJsonObject(done.getJsonArray("history").size() - 1);
    assertEquals("deputy", last.getString("actor"));
    assertEquals("head", last.getString("onBehalfOf"));
    assertEquals(org.person("head").userId(), last.getJsonNumber("onBehalfOfUserId").longValue());

    long id = Http.json(delegated).getJsonNumber("id").longValue();
    assertEquals(
        404, Http.delete(org.api("approvals/delegations/" + id), org.as("deputy")).statusCode());
    assertEquals(
        204, Http.delete(org.api("approvals/delegations/" + id), org.as("head")).statusCode());
    long next = id(org.claim("clerk", "EC-7", 8000));
    org.acted("manager1", next, "approve", null);
    assertEquals(403, org.act("deputy", next, "approve", null).statusCode(), "revoked");
  }

  @Test
  void aClaimNobodyCouldApproveIsRefusedRatherThanApproved() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-top");
    org.hire("intern", null);

    HttpResponse<String> gm = submit(org, "gm", "EC-GM", 100);
    assertEquals(400, gm.statusCode(), gm.body());
    assertTrue(gm.body().contains("Nobody stands above you"), gm.body());
    HttpResponse<String> intern = submit(org, "intern", "EC-IN", 100);
    assertEquals(400, intern.statusCode(), intern.body());
    assertTrue(intern.body().contains("You hold no position"), intern.body());

    JsonObject head = org.claim("head", "EC-HEAD", 30000);
    assertEquals("gm", approvers(head, 1), "the head's manager is the general manager");
    // The department head's head and the company's head are the general manager too: the
    // default chain asks each person once, so the later steps pass by themselves.
    JsonObject once = org.acted("gm", id(head), "approve", null);
    assertEquals("APPROVED", status(once));
    assertEquals("APPROVED,APPROVED,APPROVED", steps(once));
    assertEquals(
        List.of("SUBMIT", "APPROVE", "AUTO_APPROVED", "AUTO_APPROVED"),
        once.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .map(h -> h.getString("action"))
            .toList());

    assertEquals(201, submit(org, "clerk", "EC-DUP", 100).statusCode());
    HttpResponse<String> twice = submit(org, "clerk", "EC-DUP", 100);
    assertEquals(409, twice.statusCode(), twice.body());
  }

  @Test
  void someoneActingInAPositionIsAskedWithItsHolder() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-acting");
    ApprovalOrg.Person stand = org.hire("stand-in", null);
    HttpResponse<String> acting =
        Http.post(
            org.api("org/staff/" + stand.staffId() + "/assignments"),
            Json.createObjectBuilder()
                .add("positionId", org.headPosition)
                .add("startsOn", LocalDate.now().minusDays(1).toString())
                .add("endsOn", LocalDate.now().plusDays(5).toString())
                .add("acting", true)
                .build()
                .toString(),
            Http.asTenant(org.tenant));
    assertEquals(201, acting.statusCode(), acting.body());

    long claim = id(org.claim("clerk", "EC-A", 8000));
    JsonObject second = org.acted("manager1", claim, "approve", null);
    assertEquals("head,stand-in", approvers(second, 2));
    assertEquals("APPROVED", status(org.acted("stand-in", claim, "approve", null)));
  }

  @Test
  void theHistoryCannotBeChangedEvenByTheApplicationRole() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-history");
    org.acted("manager1", id(org.claim("clerk", "EC-H", 100)), "approve", "fine");
    for (String change :
        List.of("UPDATE approval_action SET comment = 'changed'", "DELETE FROM approval_action")) {
      try (Connection app = TestDatabase.as("opsuite_app", "opsuite_app")) {
        app.setAutoCommit(false);
        try (PreparedStatement bind =
            app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
          bind.setString(1, org.tenant);
          bind.execute();
        }
        try (Statement st = app.createStatement()) {
          SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate(change));
          assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        app.rollback();
      }
    }
  }

  private static HttpResponse<String> submit(ApprovalOrg org, String who, String ref, long amount) {
    return Http.post(
        org.api("approvals"),
        Json.createObjectBuilder()
            .add("type", "core.expense-claim")
            .add("documentRef", ref)
            .add("title", "Claim " + ref)
            .add("fields", Json.createObjectBuilder().add("amount", amount))
            .build()
            .toString(),
        org.as(who, "Accept-Language", "en"));
  }
}
