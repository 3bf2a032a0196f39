package com.opsuite.core.approval;

/** Where one step of an approval stands. */
public enum StepStatus {
  WAITING,
  ACTIVE,
  RETURNED,
  APPROVED,
  REJECTED,
  SKIPPED
}
