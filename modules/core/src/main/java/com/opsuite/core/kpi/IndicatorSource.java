package com.opsuite.core.kpi;

/** Where an indicator's values come from: entered by people, or computed by its formula. */
public enum IndicatorSource {
  MANUAL,
  FORMULA
}
