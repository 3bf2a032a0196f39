package com.opsuite.core.kpi.formula;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed formula: numbers, references, operators, conditionals and the whitelisted functions;
 * nothing else can be represented, which is what keeps formulas safe before Jakarta EL sees them.
 * {@link #condition()} tells a comparison (true or false) from a number, for the type checks.
 */
sealed interface Node {

  int column();

  default boolean condition() {
    return false;
  }

  record Constant(BigDecimal value, int column) implements Node {}

  record Ref(Reference reference) implements Node {
    @Override
    public int column() {
      return reference.column();
    }
  }

  /** {@code -x} or {@code !c}. */
  record Unary(String operator, Node operand, int column) implements Node {
    @Override
    public boolean condition() {
      return operator.equals("!");
    }
  }

  record Binary(String operator, Node left, Node right, int column) implements Node {
    @Override
    public boolean condition() {
      return !List.of("+", "-", "*", "/", "%").contains(operator);
    }
  }

  /** {@code test ? whenTrue : whenFalse}; both branches are numbers. */
  record Conditional(Node test, Node whenTrue, Node whenFalse, int column) implements Node {}

  record Call(String function, List<Node> arguments, int column) implements Node {}
}
