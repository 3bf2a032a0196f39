package com.opsuite.core.org;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link PositionRole} apart from the tenant, which EclipseLink adds. */
public class PositionRoleKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long positionId;
  private String roleCode;

  public PositionRoleKey() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof PositionRoleKey other
        && Objects.equals(positionId, other.positionId)
        && Objects.equals(roleCode, other.roleCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(positionId, roleCode);
  }
}
