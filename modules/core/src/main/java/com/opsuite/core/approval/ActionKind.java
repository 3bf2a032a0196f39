package com.opsuite.core.approval;

/** What someone did to an approval; every one of them is a line of its history. */
public enum ActionKind {
  SUBMIT,
  APPROVE,
  REJECT,
  RETURN,
  RESUBMIT,
  WITHDRAW,
  COMMENT
}
