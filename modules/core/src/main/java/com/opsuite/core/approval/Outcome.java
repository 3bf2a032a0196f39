package com.opsuite.core.approval;

/** How an approval ended. */
public enum Outcome {
  APPROVED,
  REJECTED,
  WITHDRAWN
}
