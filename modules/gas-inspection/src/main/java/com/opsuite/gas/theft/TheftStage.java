package com.opsuite.gas.theft;

/** Where a theft case stands: reviewed through the gas.theft-case approval chain, then acted on. */
public enum TheftStage {
  OPEN,
  UNDER_REVIEW,
  RETURNED,
  APPROVED,
  REJECTED,
  SUPPLY_STOPPED,
  ESCALATED,
  CLOSED
}
