package com.opsuite.web.approval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.approval.Condition;
import com.opsuite.core.approval.RouteKind;
import com.opsuite.core.approval.StepDefinition;
import com.opsuite.core.approval.StepKind;
import com.opsuite.core.validation.InvalidInputException.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainProblemsTest {

  private static StepForm step(String key, Condition... conditions) {
    return StepForm.of(
        new StepDefinition(
            key, null, StepKind.SINGLE, null, RouteKind.ROLE, null, "r", List.of(conditions), null),
        null);
  }

  @Test
  void eachProblemGoesBesideItsInputConditionOrStep() {
    List<StepForm> steps =
        List.of(step("a"), step("b", Condition.of("amount", ">", 1), Condition.of("x", "=", 1)));
    List<String> chain =
        ChainProblems.attach(
            List.of(
                new Violation("steps", "approval.chain.tooManySteps", 20),
                new Violation("steps[0].quorum", "q"),
                new Violation("steps[0].key", "k"),
                new Violation("steps[1].conditions[1]", "c"),
                new Violation("steps[1].conditions[7]", "gone"),
                new Violation("steps[5].route", "far")),
            steps,
            Violation::messageKey);

    assertEquals(List.of("approval.chain.tooManySteps", "far"), chain);
    assertEquals("q", steps.get(0).problem("quorum"));
    assertEquals(List.of("k"), steps.get(0).getGeneralProblems());
    assertNull(steps.get(1).getConditions().get(0).getProblem());
    assertEquals("c", steps.get(1).getConditions().get(1).getProblem());
    assertEquals(List.of("gone"), steps.get(1).getGeneralProblems());
    assertTrue(steps.get(1).isFaulty());

    ChainProblems.attach(List.of(), steps, Violation::messageKey);
    assertFalse(steps.get(0).isFaulty(), "a new save forgets the last one's problems");
    assertFalse(steps.get(1).isFaulty());
  }

  @Test
  void rolesAndFieldsAreNamedAsThePageOffersThem() {
    Map<String, String> roles = Map.of("custom.desk", "Claims desk");
    Map<String, String> fields = Map.of("amount", "Amount (yuan)");
    assertArrayEquals(
        new Object[] {2, "Claims desk"},
        ChainProblems.readable(
            new Violation("steps[1].roleCode", "approval.chain.roleEmpty", 2, "custom.desk"),
            roles,
            fields));
    assertArrayEquals(
        new Object[] {1, "Amount (yuan)"},
        ChainProblems.readable(
            new Violation("steps[0].conditions[0]", "approval.chain.badValue", 1, "amount"),
            roles,
            fields));
    assertArrayEquals(
        new Object[] {1, "amont"},
        ChainProblems.readable(
            new Violation("steps[0].conditions[0]", "approval.chain.unknownField", 1, "amont"),
            roles,
            fields));
  }
}
