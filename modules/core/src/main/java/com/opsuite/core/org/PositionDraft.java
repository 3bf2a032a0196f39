package com.opsuite.core.org;

import java.util.Set;

/** What an editor submits for a position; checked as a whole before anything is written. */
public record PositionDraft(
    Long unitId,
    String title,
    Long reportsToId,
    Integer headcount,
    String duties,
    String standards,
    String requirements,
    Set<String> roles) {

  public PositionDraft {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }
}
