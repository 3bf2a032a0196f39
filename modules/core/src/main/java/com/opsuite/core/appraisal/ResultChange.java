package com.opsuite.core.appraisal;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A line of a result's history (append-only): computed, submitted, locked, ended, reopened. */
@Entity
@Table(name = "appraisal_result_change")
public class ResultChange extends TenantOwned {

  /** What happened to the result. */
  public enum Action {
    COMPUTED,
    SUBMITTED,
    LOCKED,
    SIGN_OFF_ENDED,
    REOPENED
  }

  @Id
  @SequenceGenerator(
      name = "appraisal_result_change_seq",
      sequenceName = "appraisal_result_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_result_change_seq")
  private Long id;

  @Column(name = "result_id", nullable = false, updatable = false)
  private long resultId;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(nullable = false, length = 20, updatable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Action action;

  @Column(precision = 6, scale = 2, updatable = false)
  private BigDecimal total;

  @Column(length = 10, updatable = false)
  private String grade;

  @Column(length = 2000, updatable = false)
  private String reason;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 200, updatable = false)
  private String changedBy;

  protected ResultChange() {}

  ResultChange(AppraisalResult result, Action action, String reason, String by) {
    this.resultId = result.getId();
    this.revision = result.getRevision();
    this.action = action;
    this.total = result.getTotal();
    this.grade = result.getGrade();
    this.reason = reason;
    this.changedAt = Instant.now();
    this.changedBy = by;
  }

  public long getResultId() {
    return resultId;
  }

  public int getRevision() {
    return revision;
  }

  public Action getAction() {
    return action;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public String getGrade() {
    return grade;
  }

  public String getReason() {
    return reason;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
