package com.opsuite.gas.hazard;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A failed checklist item of an inspection, followed to rectification (notice, deadline,
 * re-inspection) or escalation.
 */
@Entity
@Table(name = "gas_hazard")
public class Hazard extends TenantOwned {

  @Id
  @SequenceGenerator(name = "gas_hazard_seq", sequenceName = "gas_hazard_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_hazard_seq")
  private Long id;

  @Column(name = "inspection_id", nullable = false, updatable = false)
  private Long inspectionId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "item_code", nullable = false, updatable = false)
  private String itemCode;

  @Column private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HazardStatus status = HazardStatus.OPEN;

  @Column(name = "deadline_on")
  private LocalDate deadlineOn;

  @Column(name = "notice_no")
  private String noticeNo;

  @Column(name = "notice_issued_at")
  private Instant noticeIssuedAt;

  @Column(name = "reinspection_task_id")
  private Long reinspectionTaskId;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "close_note")
  private String closeNote;

  /** The re-inspection that found it rectified, when one did (else closed by hand). */
  @Column(name = "closed_by_inspection_id")
  private Long closedByInspectionId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Hazard() {}

  public Hazard(Long inspectionId, Long customerId, String itemCode, String description) {
    this.inspectionId = inspectionId;
    this.customerId = customerId;
    this.itemCode = itemCode;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public Long getInspectionId() {
    return inspectionId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public HazardStatus getStatus() {
    return status;
  }

  public void setStatus(HazardStatus status) {
    this.status = status;
  }

  public LocalDate getDeadlineOn() {
    return deadlineOn;
  }

  public void setDeadlineOn(LocalDate deadlineOn) {
    this.deadlineOn = deadlineOn;
  }

  public String getNoticeNo() {
    return noticeNo;
  }

  public void setNoticeNo(String noticeNo) {
    this.noticeNo = noticeNo;
  }

  public Instant getNoticeIssuedAt() {
    return noticeIssuedAt;
  }

  public void setNoticeIssuedAt(Instant noticeIssuedAt) {
    this.noticeIssuedAt = noticeIssuedAt;
  }

  public Long getReinspectionTaskId() {
    return reinspectionTaskId;
  }

  public void setReinspectionTaskId(Long reinspectionTaskId) {
    this.reinspectionTaskId = reinspectionTaskId;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public void setEscalatedAt(Instant escalatedAt) {
    this.escalatedAt = escalatedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public String getCloseNote() {
    return closeNote;
  }

  public Long getClosedByInspectionId() {
    return closedByInspectionId;
  }

  /** Closes the hazard as rectified: who closed it, when, how, and by which re-inspection. */
  public void close(String by, String note, Long inspectionId, Instant at) {
    this.status = HazardStatus.CLOSED;
    this.closedBy = by;
    this.closeNote = note;
    this.closedByInspectionId = inspectionId;
    this.closedAt = at;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
