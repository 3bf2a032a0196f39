package com.opsuite.online.cadence;

/** Where a rule stands for one period. */
public enum Compliance {
  MET,
  MISSED,
  IN_PROGRESS,
  /** The period asks nothing: a week without a working day, a day off in working-days mode. */
  EXEMPT;

  public boolean concluded() {
    return this == MET || this == MISSED;
  }

  public String labelKey() {
    return "cadence.status." + name();
  }
}
