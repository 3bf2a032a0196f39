package com.opsuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatementCountTest {

  @Test
  void countsOnlyWhileOpenAndOnlyOnItsThread() throws InterruptedException {
    StatementCount.record(); // nothing open: nothing to count, nothing fails
    try (StatementCount count = StatementCount.open()) {
      StatementCount.record();
      StatementCount.record();
      Thread other = new Thread(StatementCount::record);
      other.start();
      other.join();
      assertEquals(2, count.statements());
    }
    try (StatementCount next = StatementCount.open()) {
      assertEquals(0, next.statements(), "a closed count leaves nothing behind");
    }
  }

  @Test
  void aNestedCountAlsoCountsForTheOuterOne() {
    try (StatementCount outer = StatementCount.open()) {
      StatementCount.record();
      try (StatementCount inner = StatementCount.open()) {
        StatementCount.record();
        assertEquals(1, inner.statements());
      }
      StatementCount.record();
      assertEquals(3, outer.statements());
    }
  }
}
