package com.opsuite.gas.task;

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
 * An entry of the field worklist: what to do at a customer's, by whom and by when. Its source
 * reference (e.g. {@code blacklist:1050}) names what made it; there is one open task per source.
 */
@Entity
@Table(name = "gas_task")
public class Task extends TenantOwned {

  @Id
  @SequenceGenerator(name = "gas_task_seq", sequenceName = "gas_task_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_task_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private TaskKind kind;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "area_id", nullable = false)
  private Long areaId;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskStatus status = TaskStatus.OPEN;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "source_ref", nullable = false, updatable = false)
  private String sourceRef;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "close_note")
  private String closeNote;

  @Version private long version;

  protected Task() {}

  public Task(
      TaskKind kind,
      Long customerId,
      Long areaId,
      Long assigneeId,
      LocalDate dueOn,
      String sourceRef) {
    this.kind = kind;
    this.customerId = customerId;
    this.areaId = areaId;
    this.assigneeId = assigneeId;
    this.dueOn = dueOn;
    this.sourceRef = sourceRef;
  }

  public Long getId() {
    return id;
  }

  public TaskKind getKind() {
    return kind;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public String getCloseNote() {
    return closeNote;
  }

  public void setCloseNote(String closeNote) {
    this.closeNote = closeNote;
  }

  public long getVersion() {
    return version;
  }
}
