package com.opsuite.core.kpi;

/**
 * What a measure's or indicator's numbers count. Values are kept as plain decimals: a {@code
 * PERCENT} value is the fraction (0.85), shown as 85.00%.
 */
public enum MeasureUnit {
  NUMBER,
  COUNT,
  PERCENT,
  YUAN,
  HOURS,
  DAYS,
  POINTS;

  public String labelKey() {
    return "kpi.unit." + name();
  }
}
