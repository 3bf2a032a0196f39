package com.opsuite.gas.inspection;

/** A draft while the inspector works; then completed, or entry failed. */
public enum InspectionStatus {
  DRAFT,
  COMPLETED,
  ENTRY_FAILED
}
