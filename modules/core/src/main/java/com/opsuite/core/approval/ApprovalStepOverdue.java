package com.opsuite.core.approval;

import java.time.Instant;
import java.util.List;

/**
 * Fired once per step when its due time passed and the deadline timer reminded its approvers and
 * escalated it, in the transaction that recorded both (observe {@code AFTER_SUCCESS} to send
 * anything). {@code reminded} are the users who were asked and had not decided; {@code escalatedTo}
 * the users added to the step (their managers, or the department head), possibly none.
 */
public record ApprovalStepOverdue(
    String tenant,
    String docType,
    String documentRef,
    long approvalId,
    int stepNo,
    Instant dueAt,
    List<Long> reminded,
    List<Long> escalatedTo) {

  public ApprovalStepOverdue {
    reminded = List.copyOf(reminded);
    escalatedTo = List.copyOf(escalatedTo);
  }
}
