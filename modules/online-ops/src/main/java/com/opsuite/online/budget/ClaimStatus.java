package com.opsuite.online.budget;

/** An expense claim: written, in its approval, and how that ended. Only APPROVED counts. */
public enum ClaimStatus {
  DRAFT,
  SUBMITTED,
  APPROVED,
  REJECTED,
  WITHDRAWN
}
