package com.opsuite.core.approval;

/** Where an approval stands; the last three are outcomes. */
public enum ApprovalStatus {
  PENDING,
  RETURNED,
  APPROVED,
  REJECTED,
  WITHDRAWN;

  public boolean open() {
    return this == PENDING || this == RETURNED;
  }
}
