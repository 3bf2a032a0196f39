package com.opsuite.core.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static final ApprovalType CLAIM =
      new ApprovalType(
          "test.claim",
          List.of(
              ApprovalType.Field.number("amount"),
              ApprovalType.Field.bool("project"),
              ApprovalType.Field.text("channel")),
          ChainDefinition.of());

  @Test
  void numbersCompareByValueAtTheThresholds() {
    List<Condition> above5000 = List.of(Condition.of("amount", ">", 5000));
    assertFalse(Conditions.allHold(CLAIM, above5000, Map.of("amount", new BigDecimal("5000"))));
    assertTrue(Conditions.allHold(CLAIM, above5000, Map.of("amount", new BigDecimal("5000.01"))));
    assertTrue(
        Conditions.allHold(
            CLAIM, List.of(Condition.of("amount", "<=", "5000.00")), Map.of("amount", 5000)));
  }

  @Test
  void conditionsAreAndedAndAMissingFieldIsFalse() {
    List<Condition> both =
        List.of(Condition.of("amount", ">=", 100), Condition.of("project", "=", true));
    assertTrue(Conditions.allHold(CLAIM, both, Map.of("amount", 100, "project", true)));
    assertFalse(Conditions.allHold(CLAIM, both, Map.of("amount", 100, "project", false)));
    assertFalse(Conditions.allHold(CLAIM, both, Map.of("amount", 100)));
    assertTrue(Conditions.allHold(CLAIM, List.of(), Map.of()));
    assertTrue(
        Conditions.allHold(
            CLAIM, List.of(Condition.of("channel", "!=", "weibo")), Map.of("channel", "wechat")));
  }

  @Test
  void unsoundConditionsAreNamed() {
    assertNull(Conditions.problem(CLAIM, Condition.of("amount", ">", 1)));
    assertEquals(
        "approval.chain.unknownField", Conditions.problem(CLAIM, Condition.of("amont", ">", 1)));
    assertEquals(
        "approval.chain.unknownOperator",
        Conditions.problem(CLAIM, Condition.of("amount", "=>", 1)));
    assertEquals(
        "approval.chain.operatorNeedsNumber",
        Conditions.problem(CLAIM, Condition.of("project", ">", true)));
    assertEquals(
        "approval.chain.badValue", Conditions.problem(CLAIM, Condition.of("amount", ">", "x; 1")));
    assertEquals(
        "approval.chain.badValue", Conditions.problem(CLAIM, Condition.of("project", "=", "yes")));
  }
}
