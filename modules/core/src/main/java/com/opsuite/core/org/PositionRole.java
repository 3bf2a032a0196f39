package com.opsuite.core.org;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A right of a position: its holders hold the role while they hold the position. */
@Entity
@Table(name = "org_position_role")
@IdClass(PositionRoleKey.class)
public class PositionRole extends TenantOwned {

  @Id
  @Column(name = "position_id")
  private Long positionId;

  @Id
  @Column(name = "role_code", length = 100)
  private String roleCode;

  protected PositionRole() {}

  PositionRole(Long positionId, String roleCode) {
    this.positionId = positionId;
    this.roleCode = roleCode;
  }

  public Long getPositionId() {
    return positionId;
  }

  public String getRoleCode() {
    return roleCode;
  }
}
