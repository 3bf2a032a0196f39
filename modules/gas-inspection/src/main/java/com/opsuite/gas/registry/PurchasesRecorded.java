package com.opsuite.gas.registry;

import java.util.Set;

/**
 * Purchases were recorded for these customers (by import or through the API), fired inside the
 * transaction that stored them. The blacklist observes it to take buyers off the list at once
 * rather than at the next nightly run.
 */
public record PurchasesRecorded(Set<Long> customerIds) {

  public PurchasesRecorded {
    customerIds = Set.copyOf(customerIds);
  }
}
