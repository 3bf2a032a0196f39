package com.opsuite.core.kpi.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a formula into tokens, refusing at once anything outside the language with a message that
 * names the construct: a dot (property access or method call), {@code =} (assignment), {@code ;},
 * {@code ->} (lambda), braces (collections), {@code +=} (text), nested {@code ${}} and full-width
 * punctuation that Chinese input methods type.
 */
final class FormulaLexer {

  private static final Set<String> PAIRS = Set.of("<=", ">=", "==", "!=", "&&", "||");
  private static final String SINGLES = "+-*/%()[],?:<>!";

  /** Constructs of Jakarta EL that formulas do not allow, by the symbol that starts them. */
  private static final Map<String, String> FORBIDDEN =
      Map.of(
          ".", "kpi.formula.memberAccess",
          "=", "kpi.formula.assignment",
          ";", "kpi.formula.sequence",
          "->", "kpi.formula.lambda",
          "{", "kpi.formula.collection",
          "}", "kpi.formula.collection",
          "+=", "kpi.formula.concatenation",
          "${", "kpi.formula.nested",
          "#{", "kpi.formula.nested");

  /** Full-width punctuation and the ASCII a formula needs instead. */
  private static final Map<Character, String> FULL_WIDTH =
      Map.ofEntries(
          Map.entry('（', "("),
          Map.entry('）', ")"),
          Map.entry('【', "["),
          Map.entry('】', "]"),
          Map.entry('［', "["),
          Map.entry('］', "]"),
          Map.entry('，', ","),
          Map.entry('？', "?"),
          Map.entry('：', ":"),
          Map.entry('＋', "+"),
          Map.entry('－', "-"),
          Map.entry('＊', "*"),
          Map.entry('／', "/"),
          Map.entry('％', "%"),
          Map.entry('＜', "<"),
          Map.entry('＞', ">"),
          Map.entry('＝', "="),
          Map.entry('‘', "'"),
          Map.entry('’', "'"),
          Map.entry('“', "\""),
          Map.entry('”', "\""),
          Map.entry('。', "."));

  private final String text;
  private int at;

  private FormulaLexer(String text) {
    this.text = text;
  }

  static List<Token> tokens(String text) {
    return new FormulaLexer(text).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpace();
      if (at >= text.length()) {
        tokens.add(new Token(Token.Kind.END, "", at + 1));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipSpace() {
    while (at < text.length()
        && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\u3000')) {
      at++;
    }
  }

  private Token next() {
    char c = text.charAt(at);
    int column = at + 1;
    if (digit(c)) {
      return number(column);
    }
    if (Character.isLetter(c) || c == '_') {
      int start = at;
      while (at < text.length()
          && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
        at++;
      }
      return new Token(Token.Kind.NAME, text.substring(start, at), column);
    }
    if (c == '\'' || c == '"') {
      return quoted(c, column);
    }
    String two = at + 2 <= text.length() ? text.substring(at, at + 2) : "";
    if (FORBIDDEN.containsKey(two)) {
      throw new FormulaException(FORBIDDEN.get(two), column, two);
    }
    if (PAIRS.contains(two)) {
      at += 2;
      return new Token(Token.Kind.SYMBOL, two, column);
    }
    String one = String.valueOf(c);
    if (FORBIDDEN.containsKey(one)) {
      throw new FormulaException(FORBIDDEN.get(one), column, one);
    }
    if (SINGLES.indexOf(c) >= 0) {
      at++;
      return new Token(Token.Kind.SYMBOL, one, column);
    }
    if (FULL_WIDTH.containsKey(c)) {
      throw new FormulaException("kpi.formula.fullWidth", column, one, FULL_WIDTH.get(c));
    }
    throw new FormulaException("kpi.formula.character", column, one);
  }

  /** Digits with an optional fraction; no exponent, no sign (a minus is an operator). */
  private Token number(int column) {
    int start = at;
    while (at < text.length() && digit(text.charAt(at))) {
      at++;
    }
    if (at + 1 < text.length() && text.charAt(at) == '.' && digit(text.charAt(at + 1))) {
      at++;
      while (at < text.length() && digit(text.charAt(at))) {
        at++;
      }
    }
    return new Token(Token.Kind.NUMBER, text.substring(start, at), column);
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A code in quotes, as in {@code m['app.downloads.actual']}; no escapes, one line. */
  private Token quoted(char quote, int column) {
    int end = text.indexOf(quote, at + 1);
    int newline = text.indexOf('\n', at + 1);
    if (end < 0 || (newline >= 0 && newline < end)) {
      throw new FormulaException("kpi.formula.unclosedText", column);
    }
    String code = text.substring(at + 1, end);
    at = end + 1;
    return new Token(Token.Kind.TEXT, code, column);
  }
}
