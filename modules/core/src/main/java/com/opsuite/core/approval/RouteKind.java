package com.opsuite.core.approval;

/**
 * Whom a step asks, always through the organisation and never a named person, so changes of staff
 * and acting holders are followed: the submitter's manager, the head of the submitter's department,
 * the head of the company (the general manager), the holders of a position, or the holders of a
 * role (directly or through their positions).
 */
public enum RouteKind {
  SUBMITTER_MANAGER,
  DEPARTMENT_HEAD,
  COMPANY_HEAD,
  POSITION,
  ROLE;

  /** Whether the route names a group whose size is known when the chain is saved. */
  public boolean namesGroup() {
    return this == POSITION || this == ROLE;
  }
}
