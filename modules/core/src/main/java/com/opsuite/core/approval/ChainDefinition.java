package com.opsuite.core.approval;

import java.util.List;

/** The ordered steps a document of one type goes through. */
public record ChainDefinition(List<StepDefinition> steps) {

  public ChainDefinition {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  public static ChainDefinition of(StepDefinition... steps) {
    return new ChainDefinition(List.of(steps));
  }
}
