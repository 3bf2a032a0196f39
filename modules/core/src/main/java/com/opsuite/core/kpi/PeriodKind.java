package com.opsuite.core.kpi;

/** How long an indicator's period is: a month, a quarter (three months) or a year. */
public enum PeriodKind {
  MONTH,
  QUARTER,
  YEAR
}
