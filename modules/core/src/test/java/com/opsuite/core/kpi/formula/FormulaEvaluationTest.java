package com.opsuite.core.kpi.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What formulas compute: exact decimals, EL's precedence, functions, and values that are missing.
 */
class FormulaEvaluationTest {

  private final Map<String, BigDecimal> measures = new HashMap<>();
  private final List<String> asked = new ArrayList<>();

  private Evaluation run(String formula) {
    return Formula.parse(formula)
        .evaluate(
            ref -> {
              asked.add(ref.code());
              BigDecimal v = measures.get(ref.code());
              return v == null
                  ? Evaluation.none("kpi.noValue.measure", ref.code())
                  : Evaluation.of(v);
            });
  }

  private BigDecimal value(String formula) {
    Evaluation e = run(formula);
    assertTrue(e.known(), formula + " -> " + e.reason());
    return e.value();
  }

  @Test
  void stageDownloadCompletionOfSeed003IsExact() {
    measures.put("app.downloads.actual", new BigDecimal("8500"));
    measures.put("app.downloads.planned", new BigDecimal("10000"));
    BigDecimal completion = value("m['app.downloads.actual'] / m['app.downloads.planned']");
    assertEquals(new BigDecimal("0.85"), completion);
    assertEquals("85.00", completion.movePointRight(2).setScale(2).toPlainString());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      value = {
        "1 / 3                 => 0.3333333333",
        "2 / 3                 => 0.6666666667",
        "100 / 8               => 12.5",
        "1 / 8 * 8             => 1",
        "0.1 + 0.2             => 0.3",
        "0.3 - 0.1 - 0.2       => 0",
        "1 + 2 * 3             => 7",
        "(1 + 2) * 3           => 9",
        "10 - 4 - 3            => 3",
        "-2 * 3                => -6",
        "- -2                  => 2",
        "2 * 3 % 4             => 2",
        "10 % 3                => 1",
        "0.3 % 0.1             => 0",
        "-7 % 3                => -1",
        "123456789012345678 * 1000 => 123456789012345678000",
        "1 > 0 ? 5 : 6         => 5",
        "!(1 > 2) ? 5 : 6      => 5",
        "1 > 2 || 2 > 1 ? 1 : 0 => 1",
        "1 > 2 && 2 > 1 ? 1 : 0 => 0",
        "0.10 == 0.1 ? 1 : 0   => 1",
        "0.1 * 3 == 0.3 ? 1 : 0 => 1",
        "2 != 2.0 ? 1 : 0      => 0",
        "3 > 1 ? 2 > 1 ? 10 : 20 : 30 => 10",
        "1 <= 1 && 1 >= 1 && 0 < 1 ? 1 : 0 => 1",
        "min(3, 1, 2)          => 1",
        "max(3, 1, 2)          => 3",
        "abs(-2.5)             => 2.5",
        "round(2.345, 2)       => 2.35",
        "round(2.5)            => 3",
        "round(-2.5)           => -3",
        "round(10 / 3, 1) / 2  => 1.65",
        "1000000 / 7           => 142857.1428571429",
      })
  void computesExactDecimals(String formula, String expected) {
    assertEquals(new BigDecimal(expected), value(formula));
  }

  @Test
  void equalityIgnoresTheScaleAProductLeaves() {
    measures.put("a", new BigDecimal("10"));
    assertEquals(BigDecimal.ONE, value("m['a'] * 2 == 20 ? 1 : 0"));
    assertEquals(BigDecimal.ZERO, value("m['a'] * m['a'] != 100 ? 1 : 0"));
  }

  @Test
  void divisionByZeroIsNoValueWithTheReason() {
    measures.put("a", new BigDecimal("5"));
    measures.put("zero", BigDecimal.ZERO);
    for (String formula : List.of("m['a'] / m['zero']", "m['a'] % m['zero']", "1 / (m['a'] - 5)")) {
      Evaluation e = run(formula);
      assertFalse(e.known(), formula);
      assertEquals("kpi.noValue.divisionByZero", e.reason().key(), formula);
    }
  }

  @Test
  void aMissingOperandEndsTheComputationWithItsReason() {
    measures.put("a", new BigDecimal("5"));
    Evaluation e = run("m['a'] / m['b']");
    assertNull(e.value());
    assertEquals(NoValue.of("kpi.noValue.measure", "b"), e.reason());
  }

  @Test
  void aBranchNotTakenIsNeverAskedFor() {
    measures.put("a", new BigDecimal("-1"));
    assertEquals(BigDecimal.ZERO, value("m['a'] > 0 ? m['b'] / m['a'] : 0"));
    assertEquals(List.of("a"), asked);
  }

  @Test
  void eachOperandIsAskedForOnce() {
    measures.put("a", new BigDecimal("2"));
    assertEquals(new BigDecimal("8"), value("m['a'] * m['a'] * m['a']"));
    assertEquals(List.of("a"), asked);
  }

  @Test
  void dottedHyphenatedAndDoubleQuotedCodesAreReferences() {
    Formula f =
        Formula.parse(
            "m['core.approvals.decided-on-time'] / m[\"core.approvals.decided\"] + i['x-y_z']");
    assertEquals(
        List.of(
            new Reference(Reference.Kind.MEASURE, "core.approvals.decided-on-time", 1),
            new Reference(Reference.Kind.MEASURE, "core.approvals.decided", 39),
            new Reference(Reference.Kind.INDICATOR, "x-y_z", 69)),
        f.references());
  }

  @Test
  void runsAsJakartaElOverOperandsOnly() {
    Formula f = Formula.parse("m['a'] % 2 == 0 ? min(m['a'], 3) : -m['a']");
    assertEquals("${(f:equal(f:rem(v0, v1), v2) ? f:min(v0, v3) : (-v0))}", f.expression());
  }
}
