package com.opsuite.online.design;

/**
 * Where a design request stands. Each step is an approval (signing, confirming, settling) or a task
 * of one person (scheduling, designing, accepting, ordering, receiving); a step is taken only from
 * the status before it.
 */
public enum DesignStatus {
  /** The requesting department's head signs the form (online.design-request). */
  SIGNING,
  /** The head refused the form. */
  REJECTED,
  /** Signed: the operations head assigns a designer. */
  SCHEDULING,
  DESIGNING,
  /** The designer delivered; the requester accepts or sends it back. */
  DELIVERED,
  /** Accepted: the general manager confirms (online.design-confirmation). */
  CONFIRMING,
  /** Confirmed: the designer places the production order with a cost estimate. */
  CONFIRMED,
  ORDERED,
  /** The goods arrived at their actual cost: waiting for the month's settlement. */
  RECEIVED,
  SETTLING,
  SETTLED
}
