package com.opsuite.gas.inspection;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link InspectionItem} apart from the tenant, which EclipseLink adds. */
public class InspectionItemKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long inspectionId;
  private String itemCode;

  public InspectionItemKey() {}

  public InspectionItemKey(Long inspectionId, String itemCode) {
    this.inspectionId = inspectionId;
    this.itemCode = itemCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InspectionItemKey other
        && Objects.equals(inspectionId, other.inspectionId)
        && Objects.equals(itemCode, other.itemCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inspectionId, itemCode);
  }
}
