package com.opsuite.core.security;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A role held by a user of the tenant. */
@Entity
@Table(name = "user_role")
@IdClass(UserRoleKey.class)
public class UserRole extends TenantOwned {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Id
  @Column(name = "role_code", length = 100)
  private String roleCode;

  protected UserRole() {}

  public UserRole(Long userId, String roleCode) {
    this.userId = userId;
    this.roleCode = roleCode;
  }

  public Long getUserId() {
    return userId;
  }

  public String getRoleCode() {
    return roleCode;
  }
}
