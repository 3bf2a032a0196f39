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
 * their delegate) decided. A row added by escalation stands for a late approver's row: its holder
 * may decide in that approver's place, and the step counts only the rows it asked first, so an
 * escalation never makes a step need more approvals than its kind says.
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

  @Column(name = "stands_for_id", updatable = false)
  private Long standsForId;

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

  /** A row escalation adds above the late approver's row {@code late}. */
  static StepApprover standingFor(StepApprover late, long staffId, long userId) {
    StepApprover row = new StepApprover(late.getStepId(), staffId, userId);
    row.standsForId = late.getId();
    return row;
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

  /** The late approver's row this one stands for, if escalation added it. */
  public Long getStandsForId() {
    return standsForId;
  }

  public boolean isSubstitute() {
    return standsForId != null;
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
