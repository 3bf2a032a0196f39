package com.opsuite.bench.data;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Approvals of the template: expense claims (core's own document type, on its default chain)
 * submitted by the promoters, whose manager is the bench user; the bench user approves every other
 * one, so the rest wait in their inbox and the approved ones wait at the next step.
 */
final class ApprovalSetup {

  private final List<RestClient> submitters;
  private final RestClient approver;

  ApprovalSetup(List<RestClient> submitters, RestClient approver) {
    this.submitters = submitters;
    this.approver = approver;
  }

  void build(int claims) {
    for (int i = 1; i <= claims; i++) {
      RestClient submitter = submitters.get(i % submitters.size());
      JsonObject detail =
          submitter.created(
              "core/approvals",
              Json.createObjectBuilder()
                  .add("type", "core.expense-claim")
                  .add("documentRef", String.format("EC-%04d", i))
                  .add("title", "Travel to the east district, trip " + i)
                  .add("fields", Json.createObjectBuilder().add("amount", 200 + 350 * i))
                  .build());
      if (i % 2 == 0) {
        long id = detail.getJsonObject("approval").getJsonNumber("id").longValue();
        approver.post(
            "core/approvals/" + id + "/actions",
            Json.createObjectBuilder().add("action", "APPROVE").add("comment", "OK").build());
      }
    }
  }
}
