package com.opsuite.online.cadence;

/** The seed's cadence rules, each measured per platform or per occasion and period. */
public enum RuleKind {
  /** At least N publications on a platform in an ISO week (the website's rule). */
  WEEKLY_UPDATES,
  /** At least N publications on a platform each day (the new-media rule). */
  DAILY_UPDATES,
  /** News of a major event published within N working days after it ends. */
  EVENT_NEWS,
  /** Promotion information published at least N days before the promotion starts. */
  PROMOTION_LEAD,
  /** A platform's fixed column reviewed once a month. */
  COLUMN_REVIEW;

  public String labelKey() {
    return "cadence.rule." + name();
  }
}
