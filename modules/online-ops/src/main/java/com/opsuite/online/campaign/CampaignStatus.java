package com.opsuite.online.campaign;

/**
 * Where a campaign is, after the seed's activity process: planned, reviewed (and revised when
 * returned), prepared, run, finished and evaluated. A rejected plan stops there.
 */
public enum CampaignStatus {
  DRAFT,
  IN_REVIEW,
  REVISING,
  PREPARING,
  RUNNING,
  FINISHED,
  EVALUATED,
  REJECTED;

  /** The plan may be changed: before review, or after the reviewer returned it. */
  public boolean planEditable() {
    return this == DRAFT || this == REVISING;
  }

  /** Preparation tasks may still be added and ticked off. */
  public boolean tasksOpen() {
    return this != FINISHED && this != EVALUATED && this != REJECTED;
  }

  /** Live figures are taken while it runs and, for the last count, once it has finished. */
  public boolean takesFigures() {
    return this == RUNNING || this == FINISHED;
  }
}
