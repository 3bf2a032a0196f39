package com.opsuite.web.approval;

import com.opsuite.core.approval.FieldType;
import java.util.Arrays;
import java.util.List;

/**
 * The comparisons a condition may make, by a name the bundles can key on (a property key cannot
 * hold {@code =}); only numbers are ordered, so other fields get equality alone.
 */
public enum ConditionOperator {
  EQ("="),
  NE("!="),
  GT(">"),
  GE(">="),
  LT("<"),
  LE("<=");

  private final String symbol;

  ConditionOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean fits(FieldType type) {
    return type == FieldType.NUMBER || this == EQ || this == NE;
  }

  public static List<ConditionOperator> fitting(FieldType type) {
    return Arrays.stream(values()).filter(o -> o.fits(type)).toList();
  }

  /** The operator written as {@code symbol}, or null for one the designer does not know. */
  public static ConditionOperator of(String symbol) {
    return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst().orElse(null);
  }
}
