package com.opsuite.core.appraisal;

import java.math.BigDecimal;

/** How much self, superior and peer ratings count (summing to 100). */
public record EvaluatorWeights(BigDecimal self, BigDecimal superior, BigDecimal peer) {

  public BigDecimal of(EvaluatorRole role) {
    return switch (role) {
      case SELF -> self;
      case SUPERIOR -> superior;
      case PEER -> peer;
    };
  }
}
