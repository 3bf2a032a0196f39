package com.opsuite.online.budget;

import com.opsuite.core.approval.ApprovalConcluded;
import com.opsuite.core.approval.CoreApprovalTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Follows core's expense-claim approvals for the claims of this module (others' claims have no row
 * here), in the transaction that decided: an approved claim counts against the budget at once.
 */
@ApplicationScoped
public class ClaimDecisions {

  @Inject ExpenseClaims claims;

  void concluded(@Observes ApprovalConcluded event) {
    if (CoreApprovalTypes.EXPENSE_CLAIM.equals(event.type())) {
      claims.decided(event.approvalId(), event.outcome(), "system:approvals");
    }
  }
}
