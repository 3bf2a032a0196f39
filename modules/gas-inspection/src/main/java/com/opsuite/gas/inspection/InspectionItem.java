package com.opsuite.gas.inspection;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The answer to one checklist item of an inspection. */
@Entity
@Table(name = "gas_inspection_item")
@IdClass(InspectionItemKey.class)
public class InspectionItem extends TenantOwned {

  @Id
  @Column(name = "inspection_id", nullable = false, updatable = false)
  private Long inspectionId;

  @Id
  @Column(name = "item_code", nullable = false, updatable = false)
  private String itemCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemResult result;

  @Column private String note;

  protected InspectionItem() {}

  public InspectionItem(Long inspectionId, String itemCode, ItemResult result) {
    this.inspectionId = inspectionId;
    this.itemCode = itemCode;
    this.result = result;
  }

  public Long getInspectionId() {
    return inspectionId;
  }

  public String getItemCode() {
    return itemCode;
  }

  public ItemResult getResult() {
    return result;
  }

  public void setResult(ItemResult result) {
    this.result = result;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
