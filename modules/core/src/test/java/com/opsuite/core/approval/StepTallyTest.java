package com.opsuite.core.approval;

import static com.opsuite.core.approval.StepTally.Result.APPROVED;
import static com.opsuite.core.approval.StepTally.Result.OPEN;
import static com.opsuite.core.approval.StepTally.Result.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepTallyTest {

  @Test
  void singleIsDecidedByTheFirstDecision() {
    assertEquals(OPEN, StepTally.of(StepKind.SINGLE, null, 2, 0, 0));
    assertEquals(APPROVED, StepTally.of(StepKind.SINGLE, null, 2, 1, 0));
    assertEquals(REJECTED, StepTally.of(StepKind.SINGLE, null, 2, 0, 1));
  }

  @Test
  void allNeedsEveryoneAndOneRejectionRejects() {
    assertEquals(OPEN, StepTally.of(StepKind.ALL, null, 3, 2, 0));
    assertEquals(APPROVED, StepTally.of(StepKind.ALL, null, 3, 3, 0));
    assertEquals(REJECTED, StepTally.of(StepKind.ALL, null, 3, 2, 1));
  }

  @Test
  void anyPassesOnOneApprovalAndFailsOnlyWhenAllReject() {
    assertEquals(APPROVED, StepTally.of(StepKind.ANY, null, 3, 1, 2));
    assertEquals(OPEN, StepTally.of(StepKind.ANY, null, 3, 0, 2));
    assertEquals(REJECTED, StepTally.of(StepKind.ANY, null, 3, 0, 3));
  }

  @Test
  void quorumFailsOnceItCanNoLongerBeReached() {
    assertEquals(OPEN, StepTally.of(StepKind.QUORUM, 2, 3, 1, 0));
    assertEquals(APPROVED, StepTally.of(StepKind.QUORUM, 2, 3, 2, 0));
    assertEquals(OPEN, StepTally.of(StepKind.QUORUM, 2, 3, 1, 1));
    assertEquals(REJECTED, StepTally.of(StepKind.QUORUM, 2, 3, 0, 2));
  }
}
