package com.opsuite.online.service;

/**
 * What a periodic review decides about a suggestion. Adopted and rejected settle it (the ticket is
 * reviewed); deferred keeps it open, so the next period's review takes it up again.
 */
public enum SuggestionDecisionKind {
  ADOPTED,
  REJECTED,
  DEFERRED;

  /** The ticket's outcome for a settling decision; null for a deferral. */
  ReviewOutcome outcome() {
    return switch (this) {
      case ADOPTED -> ReviewOutcome.ADOPTED;
      case REJECTED -> ReviewOutcome.REJECTED;
      case DEFERRED -> null;
    };
  }
}
