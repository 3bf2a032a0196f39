package com.opsuite.core.approval;

import java.time.Instant;
import java.util.List;

/**
 * Fired (CDI event) when a step becomes active and asks its approvers, in the transaction that
 * activated it: on submission, after the step before was approved, and on resubmission. {@code
 * userIds} are the approvers' users; {@code dueAt} is null for a step without a deadline. Observers
 * that send anything do it {@code AFTER_SUCCESS}.
 */
public record ApprovalStepAssigned(
    String tenant,
    String docType,
    String documentRef,
    long approvalId,
    int stepNo,
    List<Long> userIds,
    Instant dueAt) {

  public ApprovalStepAssigned {
    userIds = List.copyOf(userIds);
  }
}
