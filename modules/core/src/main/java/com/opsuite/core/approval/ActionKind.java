package com.opsuite.core.approval;

/** What someone did to an approval; every one of them is a line of its history. */
public enum ActionKind {
  SUBMIT,
  APPROVE,
  REJECT,
  RETURN,
  RESUBMIT,
  WITHDRAW,
  COMMENT,
  /** The deadline timer reminded the step's approvers: its due time passed (no user acted). */
  REMINDED,
  /**
   * The step passed by itself: its approvers had approved an earlier step of the same approval and
   * the chain skips repeated approvers (no user acted).
   */
  AUTO_APPROVED,
  /** The deadline timer added the approvers' managers to the overdue step (no user acted). */
  ESCALATED
}
