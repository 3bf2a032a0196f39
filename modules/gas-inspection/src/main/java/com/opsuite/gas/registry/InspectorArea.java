package com.opsuite.gas.registry;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An area an inspector covers. */
@Entity
@Table(name = "gas_inspector_area")
@IdClass(InspectorAreaKey.class)
public class InspectorArea extends TenantOwned {

  @Id
  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Id
  @Column(name = "area_id", nullable = false, updatable = false)
  private Long areaId;

  protected InspectorArea() {}

  public InspectorArea(Long userId, Long areaId) {
    this.userId = userId;
    this.areaId = areaId;
  }

  public Long getUserId() {
    return userId;
  }

  public Long getAreaId() {
    return areaId;
  }
}
