package com.opsuite.core.approval;

/** What one approver of a step decided. */
public enum Decision {
  APPROVED,
  REJECTED
}
