package com.opsuite.core.kpi.formula;

import java.math.BigDecimal;
import java.util.Objects;

/** A computed number, or the reason there is none: never both, never an exception. */
public record Evaluation(BigDecimal value, NoValue reason) {

  public Evaluation {
    if ((value == null) == (reason == null)) {
      throw new IllegalArgumentException("A value or a reason, exactly one");
    }
  }

  public static Evaluation of(BigDecimal value) {
    return new Evaluation(Objects.requireNonNull(value), null);
  }

  public static Evaluation none(NoValue reason) {
    return new Evaluation(null, Objects.requireNonNull(reason));
  }

  public static Evaluation none(String key, Object... args) {
    return none(NoValue.of(key, args));
  }

  public boolean known() {
    return value != null;
  }
}
