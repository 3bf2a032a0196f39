package com.opsuite.core.kpi.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a formula into a {@link Node} tree by recursive descent, with Jakarta EL's precedence
 * (lowest first): {@code ?:}, {@code ||}, {@code &&}, {@code == !=}, {@code < > <= >=}, {@code +
 * -}, {@code * / %}, unary {@code - !}. Types are checked on the way: arithmetic takes numbers,
 * {@code && || ! ?:} take comparisons, and the formula's value is a number. Every refusal names its
 * column.
 */
final class FormulaParser {

  static final int MAX_LENGTH = 2000;
  static final int MAX_DEPTH = 50;

  /** Whitelisted functions and how many arguments each takes (min, max). */
  static final Map<String, int[]> FUNCTIONS =
      Map.of(
          "min", new int[] {2, 20},
          "max", new int[] {2, 20},
          "abs", new int[] {1, 1},
          "round", new int[] {1, 2});

  static final int MAX_ROUND_DIGITS = 10;

  private final List<Token> tokens;
  private int at;
  private int depth;

  private FormulaParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Node parse(String text) {
    if (text == null || text.isBlank()) {
      throw new FormulaException("kpi.formula.empty", 1);
    }
    if (text.length() > MAX_LENGTH) {
      throw new FormulaException("kpi.formula.tooLong", 1, MAX_LENGTH);
    }
    FormulaParser parser = new FormulaParser(FormulaLexer.tokens(text));
    Node formula = parser.number(parser.conditional());
    Token rest = parser.peek();
    if (rest.kind() != Token.Kind.END) {
      throw parser.unexpected(rest);
    }
    return formula;
  }

  private Node conditional() {
    enter();
    Node test = or();
    if (peek().is("?")) {
      Token question = take();
      condition(test);
      Node whenTrue = number(conditional());
      expect(":");
      Node whenFalse = number(conditional());
      test = new Node.Conditional(test, whenTrue, whenFalse, question.column());
    }
    depth--;
    return test;
  }

  private Node or() {
    Node left = and();
    while (peek().is("||")) {
      Token op = take();
      left = new Node.Binary("||", condition(left), condition(and()), op.column());
    }
    return left;
  }

  private Node and() {
    Node left = equality();
    while (peek().is("&&")) {
      Token op = take();
      left = new Node.Binary("&&", condition(left), condition(equality()), op.column());
    }
    return left;
  }

  private Node equality() {
    Node left = relational();
    while (peek().is("==") || peek().is("!=")) {
      Token op = take();
      left = new Node.Binary(op.text(), number(left), number(relational()), op.column());
    }
    return left;
  }

  private Node relational() {
    Node left = additive();
    while (peek().is("<") || peek().is(">") || peek().is("<=") || peek().is(">=")) {
      Token op = take();
      left = new Node.Binary(op.text(), number(left), number(additive()), op.column());
    }
    return left;
  }

  private Node additive() {
    Node left = multiplicative();
    while (peek().is("+") || peek().is("-")) {
      Token op = take();
      left = new Node.Binary(op.text(), number(left), number(multiplicative()), op.column());
    }
    return left;
  }

  private Node multiplicative() {
    Node left = unary();
    while (peek().is("*") || peek().is("/") || peek().is("%")) {
      Token op = take();
      Node right = number(unary());
      if (!op.is("*") && Constants.isZero(right)) {
        throw new FormulaException("kpi.formula.divisionByZero", op.column());
      }
      left = new Node.Binary(op.text(), number(left), right, op.column());
    }
    return left;
  }

  private Node unary() {
    if (peek().is("-") || peek().is("!")) {
      enter();
      Token op = take();
      Node operand = unary();
      depth--;
      return op.is("-")
          ? new Node.Unary("-", number(operand), op.column())
          : new Node.Unary("!", condition(operand), op.column());
    }
    return primary();
  }

  private Node primary() {
    Token token = take();
    switch (token.kind()) {
      case NUMBER:
        return new Node.Constant(new BigDecimal(token.text()), token.column());
      case NAME:
        return named(token);
      case TEXT:
        throw new FormulaException("kpi.formula.text", token.column());
      case END:
        throw new FormulaException("kpi.formula.unexpectedEnd", token.column());
      default:
        if (token.is("(")) {
          Node inner = conditional();
          expect(")");
          return inner;
        }
        throw unexpected(token);
    }
  }

  /** {@code m['code']}, {@code i['code']} or a function call; any other word is unknown. */
  private Node named(Token name) {
    String word = name.text();
    if ((word.equals("m") || word.equals("i")) && peek().is("[")) {
      take();
      Token code = take();
      if (code.kind() != Token.Kind.TEXT) {
        throw new FormulaException("kpi.formula.codeInQuotes", code.column());
      }
      if (code.text().isBlank()) {
        throw new FormulaException("kpi.formula.emptyCode", code.column());
      }
      expect("]");
      Reference.Kind kind = word.equals("m") ? Reference.Kind.MEASURE : Reference.Kind.INDICATOR;
      return new Node.Ref(new Reference(kind, code.text().strip(), name.column()));
    }
    if (FUNCTIONS.containsKey(word) && peek().is("(")) {
      return call(name);
    }
    throw new FormulaException("kpi.formula.unknownName", name.column(), word);
  }

  private Node call(Token name) {
    take();
    List<Node> arguments = new ArrayList<>();
    if (!peek().is(")")) {
      arguments.add(number(conditional()));
      while (peek().is(",")) {
        take();
        arguments.add(number(conditional()));
      }
    }
    expect(")");
    int[] arity = FUNCTIONS.get(name.text());
    if (arguments.size() < arity[0] || arguments.size() > arity[1]) {
      throw new FormulaException(
          arity[0] == arity[1] ? "kpi.formula.arity" : "kpi.formula.arityRange",
          name.column(),
          name.text(),
          arity[0],
          arity[1]);
    }
    if (name.text().equals("round") && arguments.size() == 2) {
      Node digits = arguments.get(1);
      if (!(digits instanceof Node.Constant c)
          || c.value().scale() > 0
          || c.value().intValue() > MAX_ROUND_DIGITS) {
        throw new FormulaException("kpi.formula.roundDigits", digits.column(), MAX_ROUND_DIGITS);
      }
    }
    return new Node.Call(name.text(), List.copyOf(arguments), name.column());
  }

  private Node number(Node node) {
    if (node.condition()) {
      throw new FormulaException("kpi.formula.notANumber", node.column());
    }
    return node;
  }

  private Node condition(Node node) {
    if (!node.condition()) {
      throw new FormulaException("kpi.formula.notACondition", node.column());
    }
    return node;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new FormulaException("kpi.formula.tooDeep", peek().column(), MAX_DEPTH);
    }
  }

  private void expect(String symbol) {
    Token token = take();
    if (!token.is(symbol)) {
      if (token.kind() == Token.Kind.END) {
        throw new FormulaException("kpi.formula.missing", token.column(), symbol);
      }
      throw new FormulaException("kpi.formula.expected", token.column(), symbol, token.text());
    }
  }

  private FormulaException unexpected(Token token) {
    return token.kind() == Token.Kind.END
        ? new FormulaException("kpi.formula.unexpectedEnd", token.column())
        : new FormulaException("kpi.formula.unexpected", token.column(), token.text());
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token take() {
    Token token = tokens.get(at);
    if (token.kind() != Token.Kind.END) {
      at++;
    }
    return token;
  }
}
