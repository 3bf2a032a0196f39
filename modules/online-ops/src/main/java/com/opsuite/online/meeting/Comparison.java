package com.opsuite.online.meeting;

import com.opsuite.online.data.WeekFigures.Figure;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure of a period beside the one before: the change, and the change in percent of the
 * previous value with two decimals. No percent when there is nothing to compare with: a previous
 * value of zero, or a value missing on either side.
 */
public record Comparison(
    Figure figure, Long current, Long previous, Long change, BigDecimal percent)
    implements Serializable {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static Comparison of(Figure figure, Long current, Long previous) {
    Long change = current == null || previous == null ? null : current - previous;
    BigDecimal percent =
        change == null || previous == 0
            ? null
            : BigDecimal.valueOf(change)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(previous), 2, RoundingMode.HALF_UP);
    return new Comparison(figure, current, previous, change, percent);
  }

  /** Why a percent is missing, for readers: no previous value, or a previous zero. */
  public String noPercentReason() {
    if (percent != null) {
      return null;
    }
    if (current == null || previous == null) {
      return "missing";
    }
    return "previousZero";
  }
}
