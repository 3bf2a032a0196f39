package com.opsuite.gas.hazard;

/** Where a hazard stands on its way to rectification. */
public enum HazardStatus {
  OPEN,
  NOTICE_ISSUED,
  REINSPECTION,
  CLOSED,
  ESCALATED
}
