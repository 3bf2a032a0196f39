package com.opsuite.gas.fieldcase;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A seal put on a meter, with the one it replaced; the meter itself shows the latest. */
@Entity
@Table(name = "gas_seal_record")
public class SealRecord extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_seal_record_seq",
      sequenceName = "gas_seal_record_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_seal_record_seq")
  private Long id;

  @Column(name = "meter_id", nullable = false, updatable = false)
  private Long meterId;

  @Column(name = "seal_no", nullable = false, updatable = false)
  private String sealNo;

  @Column(name = "previous_seal_no", updatable = false)
  private String previousSealNo;

  @Column(name = "inspection_id", updatable = false)
  private Long inspectionId;

  @Column(name = "installed_by", nullable = false, updatable = false)
  private Long installedBy;

  @Column(name = "installed_at", nullable = false, updatable = false)
  private Instant installedAt;

  @Column(updatable = false)
  private String note;

  protected SealRecord() {}

  public SealRecord(
      Long meterId,
      String sealNo,
      String previousSealNo,
      Long inspectionId,
      Long installedBy,
      Instant installedAt,
      String note) {
    this.meterId = meterId;
    this.sealNo = sealNo;
    this.previousSealNo = previousSealNo;
    this.inspectionId = inspectionId;
    this.installedBy = installedBy;
    this.installedAt = installedAt;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public Long getMeterId() {
    return meterId;
  }

  public String getSealNo() {
    return sealNo;
  }

  public String getPreviousSealNo() {
    return previousSealNo;
  }

  public Long getInspectionId() {
    return inspectionId;
  }

  public Long getInstalledBy() {
    return installedBy;
  }

  public Instant getInstalledAt() {
    return installedAt;
  }

  public String getNote() {
    return note;
  }
}
