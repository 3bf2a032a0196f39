package com.opsuite.core.approval;

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

/** One step of one approval, as the chain version it started with defined it. */
@Entity
@Table(name = "approval_step")
public class ApprovalStep extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "approval_step_seq",
      sequenceName = "approval_step_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_step_seq")
  private Long id;

  @Column(name = "approval_id", nullable = false, updatable = false)
  private Long approvalId;

  @Column(name = "step_no", nullable = false, updatable = false)
  private int stepNo;

  @Column(name = "step_key", nullable = false, length = 60, updatable = false)
  private String stepKey;

  @Column(length = 100, updatable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private StepKind kind;

  @Column(updatable = false)
  private Integer quorum;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RouteKind route;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StepStatus status;

  @Column(name = "deadline_hours", updatable = false)
  private Integer deadlineHours;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  /**
   * Set by the deadline timer's claim (native SQL); cleared here when the step becomes active again
   * (resubmitted), so its new due time is watched anew.
   */
  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Version private long version;

  protected ApprovalStep() {}

  ApprovalStep(long approvalId, int stepNo, StepDefinition definition, StepStatus status) {
    this.approvalId = approvalId;
    this.stepNo = stepNo;
    this.stepKey = definition.key();
    this.label = definition.label();
    this.kind = definition.kind();
    this.quorum = definition.quorum();
    this.route = definition.route();
    this.deadlineHours = definition.deadlineHours();
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  public int getStepNo() {
    return stepNo;
  }

  public String getStepKey() {
    return stepKey;
  }

  public String getLabel() {
    return label;
  }

  public StepKind getKind() {
    return kind;
  }

  public Integer getQuorum() {
    return quorum;
  }

  public RouteKind getRoute() {
    return route;
  }

  public StepStatus getStatus() {
    return status;
  }

  void setStatus(StepStatus status) {
    this.status = status;
  }

  public Integer getDeadlineHours() {
    return deadlineHours;
  }

  public Instant getActivatedAt() {
    return activatedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  void activate(Instant at, Instant dueAt) {
    this.status = StepStatus.ACTIVE;
    this.activatedAt = at;
    this.dueAt = dueAt;
    this.remindedAt = null;
    this.escalatedAt = null;
  }
}
