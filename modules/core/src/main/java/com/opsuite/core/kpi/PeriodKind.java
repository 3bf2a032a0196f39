package com.opsuite.core.kpi;

/** How long an indicator's period is; each kind is made of whole periods of the kind before it. */
public enum PeriodKind {
  MONTH,
  QUARTER,
  YEAR;

  /** The next shorter kind, whose periods add up to one of this kind; none for a month. */
  public PeriodKind finer() {
    return switch (this) {
      case YEAR -> QUARTER;
      case QUARTER -> MONTH;
      case MONTH -> null;
    };
  }
}
