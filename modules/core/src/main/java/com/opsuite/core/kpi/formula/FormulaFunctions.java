package com.opsuite.core.kpi.formula;

import jakarta.el.FunctionMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * The only functions a formula's Jakarta EL expression can call, under the prefix {@code f}: the
 * whitelisted min, max, abs and round, and the two operators EL itself does not compute exactly on
 * decimals ({@code %} goes through {@code double}; {@code ==} compares scale, so 1.0 != 1.00).
 */
public final class FormulaFunctions {

  static final String PREFIX = "f";

  /** Every public static method of this class, by name: adding one adds a function. */
  private static final Map<String, Method> METHODS = new HashMap<>();

  static {
    for (Method method : FormulaFunctions.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
        METHODS.put(method.getName(), method);
      }
    }
  }

  /** Resolves {@code f:name} to the functions above and nothing else. */
  static final FunctionMapper MAPPER =
      new FunctionMapper() {
        @Override
        public Method resolveFunction(String prefix, String localName) {
          return PREFIX.equals(prefix) ? METHODS.get(localName) : null;
        }
      };

  private FormulaFunctions() {}

  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.min(b);
  }

  public static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.max(b);
  }

  public static BigDecimal abs(BigDecimal a) {
    return a.abs();
  }

  /**
   * Half-up to the given places, then back to the working scale so a later division stays exact.
   */
  public static BigDecimal round(BigDecimal a, BigDecimal places) {
    return a.setScale(places.intValue(), RoundingMode.HALF_UP)
        .setScale(Math.max(Formula.WORKING_SCALE, a.scale()), RoundingMode.UNNECESSARY);
  }

  /** The remainder, with the sign of the dividend as Java's {@code %}; zero divisor throws. */
  public static BigDecimal rem(BigDecimal a, BigDecimal b) {
    return a.remainder(b);
  }

  public static boolean equal(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }
}
