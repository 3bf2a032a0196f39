package com.opsuite.core.approval;

import java.util.List;

/**
 * One step of a chain: its key (labels of module defaults are {@code approval.<type>.step.<key>} in
 * the declaring bundle), an optional label a tenant typed, how its approvers decide, whom it routes
 * to ({@code positionId} for POSITION, {@code roleCode} for ROLE), the conditions (all must hold)
 * under which it applies, and its deadline in working hours.
 */
public record StepDefinition(
    String key,
    String label,
    StepKind kind,
    Integer quorum,
    RouteKind route,
    Long positionId,
    String roleCode,
    List<Condition> conditions,
    Integer deadlineHours) {

  public StepDefinition {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }

  /** A single-approver step of a module's default chain. */
  public static StepDefinition single(
      String key, RouteKind route, String roleCode, Integer deadlineHours, Condition... when) {
    return new StepDefinition(
        key, null, StepKind.SINGLE, null, route, null, roleCode, List.of(when), deadlineHours);
  }
}
