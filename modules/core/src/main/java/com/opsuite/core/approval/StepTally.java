package com.opsuite.core.approval;

/**
 * Whether a step is decided, from how many approvers it asked and how many approved or rejected so
 * far. Pure logic, so every kind's rule is unit-tested.
 */
public final class StepTally {

  /** Still open, passed, or failed. */
  public enum Result {
    OPEN,
    APPROVED,
    REJECTED
  }

  private StepTally() {}

  public static Result of(StepKind kind, Integer quorum, int asked, int approved, int rejected) {
    return switch (kind) {
      case SINGLE -> approved > 0 ? Result.APPROVED : rejected > 0 ? Result.REJECTED : Result.OPEN;
      case ALL ->
          rejected > 0 ? Result.REJECTED : approved >= asked ? Result.APPROVED : Result.OPEN;
      case ANY ->
          approved > 0 ? Result.APPROVED : rejected >= asked ? Result.REJECTED : Result.OPEN;
      case QUORUM ->
          approved >= quorum
              ? Result.APPROVED
              : asked - rejected < quorum ? Result.REJECTED : Result.OPEN;
    };
  }
}
