package com.opsuite.gas.inspection;

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
import java.math.BigDecimal;
import java.time.Instant;

/** One visit to a customer by an inspector, with the badge number they showed. */
@Entity
@Table(name = "gas_inspection")
public class Inspection extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_inspection_seq",
      sequenceName = "gas_inspection_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_inspection_seq")
  private Long id;

  @Column(name = "task_id", updatable = false)
  private Long taskId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "inspector_id", nullable = false, updatable = false)
  private Long inspectorId;

  @Column(name = "badge_no", nullable = false, updatable = false)
  private String badgeNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InspectionStatus status = InspectionStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_failure")
  private EntryFailure entryFailure;

  @Column(name = "entry_failure_note")
  private String entryFailureNote;

  @Column private String notes;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt = Instant.now();

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt = Instant.now();

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column private BigDecimal latitude;

  @Column private BigDecimal longitude;

  @Column(name = "location_accuracy_m")
  private BigDecimal locationAccuracyM;

  @Version private long version;

  protected Inspection() {}

  public Inspection(Long taskId, Long customerId, Long inspectorId, String badgeNo) {
    this.taskId = taskId;
    this.customerId = customerId;
    this.inspectorId = inspectorId;
    this.badgeNo = badgeNo;
  }

  public Long getId() {
    return id;
  }

  public Long getTaskId() {
    return taskId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getInspectorId() {
    return inspectorId;
  }

  public String getBadgeNo() {
    return badgeNo;
  }

  public InspectionStatus getStatus() {
    return status;
  }

  public void setStatus(InspectionStatus status) {
    this.status = status;
  }

  public EntryFailure getEntryFailure() {
    return entryFailure;
  }

  public void setEntryFailure(EntryFailure entryFailure) {
    this.entryFailure = entryFailure;
  }

  public String getEntryFailureNote() {
    return entryFailureNote;
  }

  public void setEntryFailureNote(String entryFailureNote) {
    this.entryFailureNote = entryFailureNote;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public void setSavedAt(Instant savedAt) {
    this.savedAt = savedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public void setLatitude(BigDecimal latitude) {
    this.latitude = latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public void setLongitude(BigDecimal longitude) {
    this.longitude = longitude;
  }

  public BigDecimal getLocationAccuracyM() {
    return locationAccuracyM;
  }

  public void setLocationAccuracyM(BigDecimal locationAccuracyM) {
    this.locationAccuracyM = locationAccuracyM;
  }

  public long getVersion() {
    return version;
  }
}
