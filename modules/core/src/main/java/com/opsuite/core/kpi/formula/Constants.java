package com.opsuite.core.kpi.formula;

import java.math.BigDecimal;
import java.util.Optional;

/** The value of a part of a formula that uses no names, to refuse {@code x / (2 - 2)} on save. */
final class Constants {

  private Constants() {}

  static boolean isZero(Node node) {
    return value(node).map(v -> v.signum() == 0).orElse(false);
  }

  static Optional<BigDecimal> value(Node node) {
    if (node instanceof Node.Constant c) {
      return Optional.of(c.value());
    }
    if (node instanceof Node.Unary u && u.operator().equals("-")) {
      return value(u.operand()).map(BigDecimal::negate);
    }
    if (node instanceof Node.Binary b) {
      Optional<BigDecimal> left = value(b.left());
      Optional<BigDecimal> right = value(b.right());
      if (left.isEmpty() || right.isEmpty()) {
        return Optional.empty();
      }
      return switch (b.operator()) {
        case "+" -> Optional.of(left.get().add(right.get()));
        case "-" -> Optional.of(left.get().subtract(right.get()));
        case "*" -> Optional.of(left.get().multiply(right.get()));
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }
}
