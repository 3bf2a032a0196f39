package com.opsuite.online.design;

import com.opsuite.core.approval.ApprovalConcluded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Moves design requests and settlements with their approvals. Observed inside the transaction that
 * decided, so a request and its approval never disagree. A returned approval waits for its
 * submitter's resubmission in the inbox; the request stays where it is meanwhile.
 */
@ApplicationScoped
public class DesignDecisions {

  static final String ACTOR = "system:approvals";

  @Inject DesignRequests requests;
  @Inject DesignSettlements settlements;

  void concluded(@Observes ApprovalConcluded event) {
    switch (event.type()) {
      case DesignFeature.REQUEST, DesignFeature.CONFIRMATION ->
          requests.decided(event.approvalId(), event.outcome(), ACTOR);
      case DesignFeature.SETTLEMENT ->
          settlements.decided(event.approvalId(), event.outcome(), ACTOR);
      default -> {
        // Another document type: not ours.
      }
    }
  }
}
