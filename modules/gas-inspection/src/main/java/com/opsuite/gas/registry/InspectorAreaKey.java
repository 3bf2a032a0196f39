package com.opsuite.gas.registry;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link InspectorArea} apart from the tenant, which EclipseLink adds. */
public class InspectorAreaKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long userId;
  private Long areaId;

  public InspectorAreaKey() {}

  public InspectorAreaKey(Long userId, Long areaId) {
    this.userId = userId;
    this.areaId = areaId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InspectorAreaKey other
        && Objects.equals(userId, other.userId)
        && Objects.equals(areaId, other.areaId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, areaId);
  }
}
