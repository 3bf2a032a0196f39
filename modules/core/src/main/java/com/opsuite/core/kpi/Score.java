package com.opsuite.core.kpi;

import com.opsuite.core.kpi.formula.NoValue;
import java.math.BigDecimal;

/**
 * An indicator's result for one subject in one period: its value, the target it is measured
 * against, and the score (0 to the target's cap, two places). Where something is missing the score
 * is null and {@code reason} says why (no value entered, a division by zero, no target); the value
 * is still given when only the target is missing.
 */
public record Score(
    String indicatorCode,
    Period period,
    Subject subject,
    BigDecimal value,
    ScoringRule target,
    BigDecimal score,
    NoValue reason) {

  public boolean scored() {
    return score != null;
  }
}
