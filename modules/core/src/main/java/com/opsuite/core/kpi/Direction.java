package com.opsuite.core.kpi;

/** Whether an indicator is better high (downloads, on-time share) or low (complaints, cost). */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
