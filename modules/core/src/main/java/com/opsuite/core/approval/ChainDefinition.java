package com.opsuite.core.approval;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/**
 * The ordered steps a document of one type goes through. With {@code skipRepeatedApprovers}, a step
 * whose approvers already approved an earlier step of the same approval passes by itself (history
 * {@code AUTO_APPROVED}): a manager who is also the department head approves once.
 */
public record ChainDefinition(List<StepDefinition> steps, Boolean skipRepeatedApprovers) {

  @JsonbCreator // the stored form has both components; the other constructor is for code
  public ChainDefinition {
    steps = steps == null ? List.of() : List.copyOf(steps);
    // Chains stored before the option existed read as "no": a running approval keeps its rules.
    skipRepeatedApprovers = Boolean.TRUE.equals(skipRepeatedApprovers);
  }

  public ChainDefinition(List<StepDefinition> steps) {
    this(steps, false);
  }

  /** A module's default chain: the people it names approve once however often they recur. */
  public static ChainDefinition of(StepDefinition... steps) {
    return new ChainDefinition(List.of(steps), true);
  }

  public boolean skipsRepeatedApprovers() {
    return skipRepeatedApprovers;
  }
}
