package com.opsuite.gas.inspection;

/** The answer to one checklist item. */
public enum ItemResult {
  PASS,
  FAIL,
  NOT_APPLICABLE
}
