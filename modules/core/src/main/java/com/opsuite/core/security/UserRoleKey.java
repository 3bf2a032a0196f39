package com.opsuite.core.security;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link UserRole} apart from the tenant, which EclipseLink adds. */
public class UserRoleKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long userId;
  private String roleCode;

  public UserRoleKey() {}

  public UserRoleKey(Long userId, String roleCode) {
    this.userId = userId;
    this.roleCode = roleCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserRoleKey other
        && Objects.equals(userId, other.userId)
        && Objects.equals(roleCode, other.roleCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, roleCode);
  }
}
