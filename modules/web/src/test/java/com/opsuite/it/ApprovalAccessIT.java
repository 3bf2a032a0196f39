package com.opsuite.it;

import static com.opsuite.it.ApprovalOrg.id;
import static com.opsuite.it.ApprovalOrg.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may act: two approvers deciding one SINGLE step at once (one wins, the other is told), a user
 * the approval is not waiting for (403), another tenant's approval (404).
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalAccessIT {

  @ArquillianResource URL base;

  @Test
  void ofTwoApproversDecidingOneSingleStepAtOnceExactlyOneWins() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-race");
    // Fetch both tokens first, so the two requests really leave together.
    Http.get(org.api("approvals/inbox"), org.as("manager1"));
    Http.get(org.api("approvals/inbox"), org.as("manager2"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= 3; round++) {
        long claim = id(org.claim("clerk", "EC-RACE-" + round, 100));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String manager : List.of("manager1", "manager2")) {
          answers.add(
              pool.submit(
                  () -> {
                    go.await();
                    return org.act(manager, claim, "approve", null);
                  }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        String conflict = null;
        for (Future<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get();
          statuses.add(response.statusCode());
          if (response.statusCode() == 409) {
            conflict = Http.json(response).getString("detail");
          }
        }
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses, "round " + round);
        assertTrue(conflict.startsWith("Someone else has just decided this step"), conflict);
        JsonObject after = org.get("clerk", claim);
        assertEquals("APPROVED", status(after));
        assertEquals(
            1,
            after.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("action").equals("APPROVE"))
                .count());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void actingOnAnApprovalNotWaitingForYouIsForbidden() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-403");
    long claim = id(org.claim("clerk", "EC-8", 30000));

    HttpResponse<String> stranger = org.act("clerk2", claim, "approve", null);
    assertEquals(403, stranger.statusCode(), stranger.body());
    assertEquals(
        "This approval is not waiting for you, so you cannot act on it.",
        Http.json(stranger).getString("detail"));
    assertEquals(403, org.act("gm", claim, "approve", null).statusCode(), "a later step's");
    assertEquals(403, org.act("clerk", claim, "approve", null).statusCode(), "one's own claim");
    assertEquals(
        403, Http.get(org.api("approvals/" + claim), org.as("clerk2")).statusCode(), "reading");
    assertEquals(
        403,
        Http.get(org.api("approvals/chains/core.expense-claim"), org.as("clerk")).statusCode(),
        "chains need core.approvals.configure");
    HttpResponse<String> stale =
        Http.post(
            org.api("approvals/" + claim + "/actions"),
            "{\"action\":\"approve\",\"version\":99}",
            org.as("manager1", "Accept-Language", "zh-CN"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals("审批在您打开后已有变化；请刷新后重试。", Http.json(stale).getString("detail"));

    // Any action moves the version, even one that changes no field of the approval itself: a
    // client still holding the read from before it is refused.
    long read =
        org.get("manager1", claim).getJsonObject("approval").getJsonNumber("version").longValue();
    HttpResponse<String> commented =
        Http.post(
            org.api("approvals/" + claim + "/actions"),
            "{\"action\":\"comment\",\"comment\":\"请补充发票\",\"version\":" + read + "}",
            org.as("manager1"));
    assertEquals(200, commented.statusCode(), commented.body());
    assertTrue(
        Http.json(commented).getJsonObject("approval").getJsonNumber("version").longValue() > read);
    HttpResponse<String> fromOldRead =
        Http.post(
            org.api("approvals/" + claim + "/actions"),
            "{\"action\":\"approve\",\"version\":" + read + "}",
            org.as("manager1"));
    assertEquals(409, fromOldRead.statusCode(), fromOldRead.body());
  }

  @Test
  void anotherTenantsApprovalIsNotFound() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "appr-404a");
    long claim = id(org.claim("clerk", "EC-9", 100));
    String other = TestTenants.signUp(base.toURI(), "appr-404b");

    assertEquals(404, Http.get(org.api("approvals/" + claim), Http.asTenant(other)).statusCode());
    HttpResponse<String> act =
        Http.post(
            org.api("approvals/" + claim + "/actions"),
            "{\"action\":\"approve\"}",
            Http.asTenant(other));
    assertEquals(404, act.statusCode(), act.body());
    assertEquals("PENDING", status(org.get("clerk", claim)));
    assertEquals(
        400,
        Http.post(
                org.api("approvals"),
                "{\"type\":\"gas.theft-case\",\"documentRef\":\"T-1\",\"title\":\"t\"}",
                org.as("clerk"))
            .statusCode(),
        "module documents are not submitted over this API");
  }
}
