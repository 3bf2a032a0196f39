package com.opsuite.core.kpi.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Everything a formula may not be, refused when read, with the reason and the column. */
class FormulaRefusalsTest {

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      value = {
        // Jakarta EL constructs outside the language
        "m['a'].class => kpi.formula.memberAccess => 7",
        "m['a'].toString() => kpi.formula.memberAccess => 7",
        "Math.max(1, 2) => kpi.formula.memberAccess => 5",
        "T(java.lang.Runtime) => kpi.formula.memberAccess => 7",
        "x = 1 => kpi.formula.assignment => 3",
        "(x -> x + 1)(2) => kpi.formula.lambda => 4",
        "{1, 2} => kpi.formula.collection => 1",
        "'a' += 'b' => kpi.formula.concatenation => 5",
        "${1 + 1} => kpi.formula.nested => 1",
        "#{bean.value} => kpi.formula.nested => 1",
        "1; 2 => kpi.formula.sequence => 2",
        "facesContext => kpi.formula.unknownName => 1",
        "empty m['a'] ? 1 : 0 => kpi.formula.unknownName => 1",
        "1 + sum(1, 2) => kpi.formula.unknownName => 5",
        "[1, 2] => kpi.formula.unexpected => 1",
        "'text' => kpi.formula.text => 1",
        "1 & 2 => kpi.formula.character => 3",
        "1 @ 2 => kpi.formula.character => 3",
        "（1 + 2） => kpi.formula.fullWidth => 1",
        "m【'a'】 => kpi.formula.fullWidth => 2",
        // references
        "m[a] => kpi.formula.codeInQuotes => 3",
        "m[''] => kpi.formula.emptyCode => 3",
        "m['a => kpi.formula.unclosedText => 3",
        "m['a' => kpi.formula.missing => 6",
        "k['a'] => kpi.formula.unknownName => 1",
        // syntax
        "1 + => kpi.formula.unexpectedEnd => 4",
        "(1 + 2 => kpi.formula.missing => 7",
        "1 + * 2 => kpi.formula.unexpected => 5",
        "1 2 => kpi.formula.unexpected => 3",
        "* 2 => kpi.formula.unexpected => 1",
        "1 > 0 ? 2 => kpi.formula.missing => 10",
        "1 > 0 ? 2 , 3 => kpi.formula.expected => 11",
        // types
        "1 ? 2 : 3 => kpi.formula.notACondition => 1",
        "1 > 2 => kpi.formula.notANumber => 3",
        "1 + (2 > 1) => kpi.formula.notANumber => 8",
        "!1 ? 1 : 0 => kpi.formula.notACondition => 2",
        "1 && 2 ? 1 : 0 => kpi.formula.notACondition => 1",
        "1 > 0 ? 2 > 1 : 0 => kpi.formula.notANumber => 11",
        // constant division by zero
        "m['a'] / 0 => kpi.formula.divisionByZero => 8",
        "m['a'] / (2 - 2) => kpi.formula.divisionByZero => 8",
        "m['a'] % -0.0 => kpi.formula.divisionByZero => 8",
        // functions
        "max(1) => kpi.formula.arityRange => 1",
        "abs(1, 2) => kpi.formula.arity => 1",
        "round(1, 2.5) => kpi.formula.roundDigits => 10",
        "round(1, 11) => kpi.formula.roundDigits => 10",
        "round(1, m['a']) => kpi.formula.roundDigits => 10",
      })
  void refused(String formula, String key, int column) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(formula));
    assertEquals(key, e.messageKey(), formula);
    assertEquals(column, e.column(), formula);
  }

  @Test
  void emptyTooLongAndTooDeepFormulasAreRefused() {
    assertEquals("kpi.formula.empty", refusal(" ").messageKey());
    assertEquals("kpi.formula.empty", refusal(null).messageKey());
    assertEquals("kpi.formula.tooLong", refusal("1+".repeat(1001) + "1").messageKey());
    assertEquals(
        "kpi.formula.tooDeep", refusal("(".repeat(60) + "1" + ")".repeat(60)).messageKey());
    assertEquals("kpi.formula.tooDeep", refusal("-".repeat(60) + "1").messageKey());
  }

  @Test
  void theColumnIsTheMessagesFirstArgument() {
    FormulaException e = refusal("1 + foo");
    assertArrayEquals(new Object[] {"5", "foo"}, e.arguments());
  }

  private static FormulaException refusal(String formula) {
    return assertThrows(FormulaException.class, () -> Formula.parse(formula));
  }
}
