package com.opsuite.gas.registry.purchase;

import java.util.List;

/** What a batch of purchase lines came to, line by line. */
public record PurchaseOutcome(boolean dryRun, List<CheckedLine> lines) {

  public long count(LineStatus status) {
    return lines.stream().filter(l -> l.status() == status).count();
  }
}
