package com.opsuite.core.kpi.formula;

import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.ValueExpression;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A KPI formula, read and checked: arithmetic over measures and other indicators.
 *
 * <p>The language: decimal numbers ({@code 100}, {@code 0.85}); measures as {@code m['code']} and
 * indicators as {@code i['code']} (codes in single or double quotes, so dotted and hyphenated codes
 * such as {@code m['core.approvals.decided-on-time']} need no escaping); {@code + - * / %};
 * parentheses; comparisons {@code < <= > >= == !=} joined by {@code && || !} for the test of {@code
 * test ? a : b}; and the functions {@code min(a, b, ...)}, {@code max(a, b, ...)}, {@code abs(a)}
 * and {@code round(a[, places])}. Nothing else parses, and the checked tree runs as Jakarta EL in a
 * {@link FormulaSandbox} that resolves only the formula's operands.
 *
 * <p>Decimals: operands enter at {@link #WORKING_SCALE} places, {@code + - *} are exact, {@code /}
 * and {@code %} keep at least 20 places (half-up); a formula's value is rounded half-up to {@link
 * #RESULT_SCALE} places, so 8500 / 10000 is exactly 0.85. Division by zero and an operand without a
 * value give an {@link Evaluation} with the reason, never an exception, infinity or NaN.
 */
public final class Formula {

  /** Places every operand carries while a formula computes. */
  public static final int WORKING_SCALE = 20;

  /** Places a formula's value is rounded to (half-up), trailing zeros dropped. */
  public static final int RESULT_SCALE = 10;

  private static final ExpressionFactory EL = ExpressionFactory.newInstance();

  private final String text;
  private final List<Reference> references;
  private final List<ElCompiler.Operand> operands;
  private final ValueExpression expression;

  private Formula(String text, Node root) {
    this.text = text;
    ElCompiler compiled = ElCompiler.compile(root);
    this.operands = compiled.operands();
    this.references = new ArrayList<>();
    collect(root, references);
    this.expression =
        EL.createValueExpression(
            new FormulaSandbox(name -> null), compiled.expression(), Object.class);
  }

  /** Reads the formula; a {@link FormulaException} names what is wrong and at which column. */
  public static Formula parse(String text) {
    return new Formula(text, FormulaParser.parse(text));
  }

  public String text() {
    return text;
  }

  /** Every place the formula names a measure or an indicator, in the order written. */
  public List<Reference> references() {
    return List.copyOf(references);
  }

  /** The Jakarta EL expression this formula runs as (for the curious; operands are v0, v1...). */
  public String expression() {
    return expression.getExpressionString();
  }

  /**
   * Computes the formula. {@code operands} gives each referenced measure or indicator (asked at
   * most once, and only when the computation reaches it: the branch a condition skips is never
   * asked for). The first operand without a value ends the computation with its reason.
   */
  public Evaluation evaluate(Function<Reference, Evaluation> operandValues) {
    Map<Integer, Object> known = new HashMap<>();
    FormulaSandbox sandbox =
        new FormulaSandbox(
            name -> known.computeIfAbsent(index(name), i -> operand(i, operandValues)));
    try {
      Object result = expression.getValue(sandbox);
      if (!(result instanceof BigDecimal value)) {
        return Evaluation.none("kpi.noValue.notComputable");
      }
      return Evaluation.of(rounded(value));
    } catch (MissingOperand missing) {
      return Evaluation.none(missing.reason);
    } catch (ArithmeticException | ELException e) {
      MissingOperand missing = cause(e, MissingOperand.class);
      if (missing != null) {
        return Evaluation.none(missing.reason);
      }
      return cause(e, ArithmeticException.class) != null
          ? Evaluation.none("kpi.noValue.divisionByZero")
          : Evaluation.none("kpi.noValue.notComputable");
    } catch (RuntimeException e) {
      // Whatever else EL may throw on a checked formula: a reason for the user, not a stack trace.
      return Evaluation.none("kpi.noValue.notComputable");
    }
  }

  /** Half-up to {@link #RESULT_SCALE} places, without trailing zeros or an exponent. */
  static BigDecimal rounded(BigDecimal value) {
    BigDecimal result = value.setScale(RESULT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    return result.scale() < 0 ? result.setScale(0) : result;
  }

  private Object operand(int index, Function<Reference, Evaluation> operandValues) {
    if (index < 0 || index >= operands.size()) {
      return null;
    }
    ElCompiler.Operand operand = operands.get(index);
    if (operand.constant() != null) {
      return operand.constant();
    }
    Evaluation evaluation = operandValues.apply(operand.reference());
    if (!evaluation.known()) {
      throw new MissingOperand(evaluation.reason());
    }
    return evaluation.value().setScale(WORKING_SCALE, RoundingMode.HALF_UP);
  }

  private static int index(String name) {
    if (name.length() < 2 || name.charAt(0) != 'v') {
      return -1;
    }
    try {
      return Integer.parseInt(name.substring(1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void collect(Node node, List<Reference> into) {
    if (node instanceof Node.Ref r) {
      into.add(r.reference());
    } else if (node instanceof Node.Unary u) {
      collect(u.operand(), into);
    } else if (node instanceof Node.Binary b) {
      collect(b.left(), into);
      collect(b.right(), into);
    } else if (node instanceof Node.Conditional c) {
      collect(c.test(), into);
      collect(c.whenTrue(), into);
      collect(c.whenFalse(), into);
    } else if (node instanceof Node.Call c) {
      c.arguments().forEach(a -> collect(a, into));
    }
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Ends a computation at the first operand without a value, carrying its reason out of EL. */
  private static final class MissingOperand extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient NoValue reason;

    MissingOperand(NoValue reason) {
      super(null, null, false, false);
      this.reason = reason;
    }
  }

  @Override
  public String toString() {
    return text;
  }

  /** References by name, first place each is written: for messages about unknown names. */
  public Map<String, Reference> distinctReferences() {
    Map<String, Reference> distinct = new LinkedHashMap<>();
    for (Reference r : references) {
      distinct.putIfAbsent(r.kind() + ":" + r.code(), r);
    }
    return distinct;
  }
}
