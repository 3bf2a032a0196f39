package com.opsuite.core.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;

/** The whole-number scale criteria are rated on (1 to 5...), mapped linearly onto 0 to 100. */
public record RatingScale(int min, int max) {

  public boolean contains(int rating) {
    return rating >= min && rating <= max;
  }

  /** (rating − min) × 100 / (max − min), unrounded. */
  public BigDecimal points(int rating) {
    return BigDecimal.valueOf((long) (rating - min) * 100)
        .divide(BigDecimal.valueOf(max - min), MathContext.DECIMAL128);
  }
}
