package com.opsuite.core.kpi.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a parsed formula as a Jakarta EL expression over operands {@code v0, v1, ...}: numbers
 * written in the formula become operands too, so every number EL computes with is a {@link
 * BigDecimal} of at least {@link Formula#WORKING_SCALE} places. EL's own {@code +, -, *} are then
 * exact and its {@code /} (half-up at the dividend's scale, EL 5 §1.7.3) keeps 20 places; {@code %}
 * and {@code ==}, which EL does not compute exactly on decimals, become {@code f:rem} and {@code
 * f:equal}. Everything is parenthesised, so EL's precedence cannot differ from the parser's.
 */
final class ElCompiler {

  /** What operand {@code v<index>} stands for: a number of the formula, or a reference. */
  record Operand(BigDecimal constant, Reference reference) {}

  private final List<Operand> operands = new ArrayList<>();
  private final StringBuilder el = new StringBuilder("${");

  private ElCompiler() {}

  static ElCompiler compile(Node root) {
    ElCompiler compiler = new ElCompiler();
    compiler.write(root);
    compiler.el.append('}');
    return compiler;
  }

  String expression() {
    return el.toString();
  }

  List<Operand> operands() {
    return List.copyOf(operands);
  }

  private void write(Node node) {
    if (node instanceof Node.Constant c) {
      operand(new Operand(c.value().setScale(Formula.WORKING_SCALE, RoundingMode.HALF_UP), null));
    } else if (node instanceof Node.Ref r) {
      reference(r.reference());
    } else if (node instanceof Node.Unary u) {
      el.append('(').append(u.operator());
      write(u.operand());
      el.append(')');
    } else if (node instanceof Node.Binary b) {
      binary(b);
    } else if (node instanceof Node.Conditional c) {
      el.append('(');
      write(c.test());
      el.append(" ? ");
      write(c.whenTrue());
      el.append(" : ");
      write(c.whenFalse());
      el.append(')');
    } else {
      call((Node.Call) node);
    }
  }

  private void binary(Node.Binary b) {
    switch (b.operator()) {
      case "%" -> function("rem", b.left(), b.right());
      case "==" -> function("equal", b.left(), b.right());
      case "!=" -> {
        el.append("(!");
        function("equal", b.left(), b.right());
        el.append(')');
      }
      default -> {
        el.append('(');
        write(b.left());
        el.append(' ').append(b.operator()).append(' ');
        write(b.right());
        el.append(')');
      }
    }
  }

  private void call(Node.Call c) {
    List<Node> args = c.arguments();
    switch (c.function()) {
      case "min", "max" -> nested(c.function(), args, 0);
      case "round" -> {
        el.append(FormulaFunctions.PREFIX).append(":round(");
        write(args.get(0));
        el.append(", ");
        if (args.size() == 2) {
          write(args.get(1));
        } else {
          operand(new Operand(BigDecimal.ZERO, null));
        }
        el.append(')');
      }
      default -> function(c.function(), args.toArray(Node[]::new));
    }
  }

  /** {@code min(a, b, c)} as {@code f:min(a, f:min(b, c))}: EL functions have a fixed arity. */
  private void nested(String name, List<Node> args, int from) {
    if (from == args.size() - 1) {
      write(args.get(from));
      return;
    }
    el.append(FormulaFunctions.PREFIX).append(':').append(name).append('(');
    write(args.get(from));
    el.append(", ");
    nested(name, args, from + 1);
    el.append(')');
  }

  private void function(String name, Node... args) {
    el.append(FormulaFunctions.PREFIX).append(':').append(name).append('(');
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        el.append(", ");
      }
      write(args[i]);
    }
    el.append(')');
  }

  /** One operand per distinct reference, however often the formula names it. */
  private void reference(Reference reference) {
    for (int i = 0; i < operands.size(); i++) {
      Reference known = operands.get(i).reference();
      if (known != null && known.sameName(reference)) {
        el.append('v').append(i);
        return;
      }
    }
    operand(new Operand(null, reference));
  }

  private void operand(Operand operand) {
    el.append('v').append(operands.size());
    operands.add(operand);
  }
}
