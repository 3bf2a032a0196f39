package com.opsuite.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringRuleTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @ParameterizedTest(name = "higher is better: {0} scores {1}")
  @CsvSource({
    "0.5, 0.00",
    "0.4, 0.00",
    "0.85, 70.00",
    "1.0, 100.00",
    "1.05, 110.00",
    "1.1, 120.00",
    "2, 120.00",
    "0.6666666667, 33.33"
  })
  void linearBetweenFloorAndTargetCappedWhereHigherIsBetter(String value, String score) {
    ScoringRule rule = new ScoringRule.Linear(d("0.5"), d("1.0"), d("120"));
    assertEquals(d(score), rule.score(d(value), Direction.HIGHER_IS_BETTER));
  }

  @ParameterizedTest(name = "lower is better: {0} complaints score {1}")
  @CsvSource({"10, 0.00", "12, 0.00", "6, 50.00", "2, 100.00", "1, 112.50", "0, 120.00"})
  void linearWhereLowerIsBetterHasTheFloorAboveTheTarget(String value, String score) {
    ScoringRule rule = new ScoringRule.Linear(d("10"), d("2"), d("120"));
    assertEquals(d(score), rule.score(d(value), Direction.LOWER_IS_BETTER));
  }

  @Test
  void linearNeedsAFloorApartFromTheTarget() {
    assertThrows(
        IllegalArgumentException.class, () -> new ScoringRule.Linear(d("1"), d("1.0"), d("120")));
  }

  @ParameterizedTest(name = "higher is better: {0} scores {1}")
  @CsvSource({
    "0.5, 0.00",
    "0.8, 70.00",
    "0.85, 70.00",
    "0.9, 90.00",
    "0.99, 100.00",
    "1.5, 100.00"
  })
  void bandedWhereHigherIsBetterTakesTheHighestThresholdReached(String value, String score) {
    ScoringRule rule =
        new ScoringRule.Banded(
            List.of(
                new ScoringRule.Band(d("0.95"), d("100")),
                new ScoringRule.Band(d("0.8"), d("70")),
                new ScoringRule.Band(d("0.9"), d("90"))),
            d("120"));
    assertEquals(d(score), rule.score(d(value), Direction.HIGHER_IS_BETTER));
  }

  @ParameterizedTest(name = "lower is better: {0} scores {1}")
  @CsvSource({"0, 100.00", "2, 100.00", "3, 80.00", "5, 80.00", "10, 60.00", "11, 0.00"})
  void bandedWhereLowerIsBetterTakesTheLowestThresholdStayedWithin(String value, String score) {
    ScoringRule rule =
        new ScoringRule.Banded(
            List.of(
                new ScoringRule.Band(d("10"), d("60")),
                new ScoringRule.Band(d("2"), d("100")),
                new ScoringRule.Band(d("5"), d("80"))),
            d("120"));
    assertEquals(d(score), rule.score(d(value), Direction.LOWER_IS_BETTER));
  }

  @Test
  void bandsAreStoredAsText() {
    ScoringRule.Banded rule =
        new ScoringRule.Banded(
            List.of(
                new ScoringRule.Band(d("0.9"), d("90")), new ScoringRule.Band(d("0.8"), d("70"))),
            d("120"));
    assertEquals("0.8:70;0.9:90", rule.stored());
    assertEquals(rule.bands(), ScoringRule.Banded.bandsOf(rule.stored()));
  }
}
