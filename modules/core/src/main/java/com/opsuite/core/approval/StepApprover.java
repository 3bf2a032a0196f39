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

/**
 * Someone a step asked, found through the org on the day the step became active, and what they (or
 * their delegate) decided.
 */
@Entity
@Table(name = "approval_approver")
public class StepApprover extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "approval_approver_seq",
      sequenceName = "approval_approver_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_approver_seq")
  private Long id;

  @Column(name = "step_id", nullable = false, updatable = false)
  private Long stepId;

  @Column(name = "staff_id", nullable = false, updatable = false)
  private Long staffId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Decision decision;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by_user_id")
  private Long decidedByUserId;

  @Version private long version;

  protected StepApprover() {}

  StepApprover(long stepId, long staffId, long userId) {
    this.stepId = stepId;
    this.staffId = staffId;
    this.userId = userId;
  }

  public Long getId() {
    return id;
  }

  public Long getStepId() {
    return stepId;
  }

  public Long getStaffId() {
    return staffId;
  }

  public Long getUserId() {
    return userId;
  }

  public Decision getDecision() {
    return decision;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getDecidedByUserId() {
    return decidedByUserId;
  }

  void decide(Decision decision, long byUserId) {
    this.decision = decision;
    this.decidedAt = Instant.now();
    this.decidedByUserId = byUserId;
  }
}
