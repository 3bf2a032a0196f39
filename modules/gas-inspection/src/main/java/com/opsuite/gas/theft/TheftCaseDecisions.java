package com.opsuite.gas.theft;

import com.opsuite.core.approval.ApprovalConcluded;
import com.opsuite.core.approval.ApprovalReturned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Moves a theft case with its approval: approved, rejected, withdrawn or returned for revision.
 * Observed inside the transaction that decided, so the case and its approval never disagree.
 */
@ApplicationScoped
public class TheftCaseDecisions {

  static final String ACTOR = "system:approvals";

  @Inject TheftCases cases;

  void concluded(@Observes ApprovalConcluded event) {
    if (!TheftCases.APPROVAL_TYPE.equals(event.type())) {
      return;
    }
    TheftCaseEvent.Kind kind =
        switch (event.outcome()) {
          case APPROVED -> TheftCaseEvent.Kind.APPROVED;
          case REJECTED -> TheftCaseEvent.Kind.REJECTED;
          case WITHDRAWN -> TheftCaseEvent.Kind.WITHDRAWN;
        };
    cases.decided(event.approvalId(), kind, ACTOR);
  }

  void returned(@Observes ApprovalReturned event) {
    if (TheftCases.APPROVAL_TYPE.equals(event.docType())) {
      cases.decided(event.approvalId(), TheftCaseEvent.Kind.RETURNED, ACTOR);
    }
  }
}
