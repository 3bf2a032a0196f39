package com.opsuite.online.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Return on investment, (revenue - cost) / cost, in exact decimals rounded half-up to 2 places. A
 * campaign that cost nothing has no ROI (the ratio is undefined), which pages and the API say in
 * words rather than as an infinite or zero number.
 */
public final class Roi {

  public static final int SCALE = 2;

  private Roi() {}

  public static BigDecimal of(BigDecimal revenue, BigDecimal cost) {
    if (revenue == null || cost == null || cost.signum() == 0) {
      return null;
    }
    return revenue.subtract(cost).divide(cost, SCALE, RoundingMode.HALF_UP);
  }
}
