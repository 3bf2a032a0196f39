package com.opsuite.core.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chains are stored as JSON text with each approval: every stored form must read back. */
class ApprovalJsonTest {

  private static final StepDefinition MANAGER =
      new StepDefinition(
          "manager",
          null,
          StepKind.SINGLE,
          null,
          RouteKind.SUBMITTER_MANAGER,
          null,
          null,
          null,
          16);

  @Test
  void aChainReadsBackAsItWasWritten() {
    ChainDefinition chain = ChainDefinition.of(MANAGER);
    ChainDefinition read = ApprovalJson.chain(ApprovalJson.chain(chain));
    assertEquals(chain, read);
    assertTrue(read.skipsRepeatedApprovers());
  }

  @Test
  void aChainStoredBeforeTheOptionExistedDoesNotSkipRepeatedApprovers() {
    String stored =
        "{\"steps\":[{\"key\":\"manager\",\"kind\":\"SINGLE\",\"route\":\"SUBMITTER_MANAGER\","
            + "\"deadlineHours\":16}]}";
    ChainDefinition read = ApprovalJson.chain(stored);
    assertFalse(read.skipsRepeatedApprovers());
    assertEquals("manager", read.steps().get(0).key());
  }
}
