package com.opsuite.online.content;

/**
 * Where a piece is in its life: written, proofread by its author, in review (an approval),
 * scheduled, published (with its link per platform) and at last archived. A review sent back
 * returns the piece to {@link #DRAFT}.
 */
public enum ContentStatus {
  DRAFT,
  PROOFREAD,
  IN_REVIEW,
  SCHEDULED,
  PUBLISHED,
  ARCHIVED;

  public String labelKey() {
    return "content.status." + name();
  }
}
