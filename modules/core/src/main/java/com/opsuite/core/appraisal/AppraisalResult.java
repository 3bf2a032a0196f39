package com.opsuite.core.appraisal;

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

/** One staff member's result in a cycle; its changes are lines of {@link ResultChange}. */
@Entity
@Table(name = "appraisal_result")
public class AppraisalResult extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "appraisal_result_seq",
      sequenceName = "appraisal_result_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_result_seq")
  private Long id;

  @Column(name = "cycle_id", nullable = false, updatable = false)
  private long cycleId;

  @Column(name = "staff_id", nullable = false, updatable = false)
  private long staffId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ResultStatus status;

  @Column(name = "indicator_part", precision = 12, scale = 6)
  private BigDecimal indicatorPart;

  @Column(name = "criteria_part", precision = 12, scale = 6)
  private BigDecimal criteriaPart;

  @Column(precision = 6, scale = 2)
  private BigDecimal total;

  @Column(length = 10)
  private String grade;

  @Column(precision = 5, scale = 2)
  private BigDecimal bonus;

  @Column private String breakdown;

  @Column(name = "approval_id")
  private Long approvalId;

  @Column(nullable = false)
  private int revision;

  @Column(name = "computed_at")
  private Instant computedAt;

  /**
   * The version of the chosen peers: moves with every choice, not with a computation (which moves
   * {@code version}), so a stale choice is refused without refusing one made during a compute.
   */
  @Column(name = "peers_version", nullable = false)
  private long peersVersion;

  @Version private long version;

  protected AppraisalResult() {}

  AppraisalResult(long cycleId, long staffId) {
    this.cycleId = cycleId;
    this.staffId = staffId;
    this.status = ResultStatus.OPEN;
    this.revision = 1;
  }

  void computed(
      BigDecimal indicatorPart,
      BigDecimal criteriaPart,
      BigDecimal total,
      GradeBand band,
      String breakdown) {
    this.indicatorPart = indicatorPart;
    this.criteriaPart = criteriaPart;
    this.total = total;
    this.grade = band == null ? null : band.grade();
    this.bonus = band == null ? null : band.bonus();
    this.breakdown = breakdown;
    this.status = ResultStatus.COMPUTED;
    this.computedAt = Instant.now();
  }

  void signing(long approvalId) {
    this.status = ResultStatus.SIGNING;
    this.approvalId = approvalId;
  }

  void signOffEnded(boolean approved) {
    this.status = approved ? ResultStatus.LOCKED : ResultStatus.COMPUTED;
  }

  void reopen() {
    this.status = ResultStatus.COMPUTED;
    this.approvalId = null;
    this.revision++;
  }

  public Long getId() {
    return id;
  }

  public long getCycleId() {
    return cycleId;
  }

  public long getStaffId() {
    return staffId;
  }

  public ResultStatus getStatus() {
    return status;
  }

  public BigDecimal getIndicatorPart() {
    return indicatorPart;
  }

  public BigDecimal getCriteriaPart() {
    return criteriaPart;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public String getGrade() {
    return grade;
  }

  public BigDecimal getBonus() {
    return bonus;
  }

  public String getBreakdown() {
    return breakdown;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getComputedAt() {
    return computedAt;
  }

  public long getVersion() {
    return version;
  }

  public long getPeersVersion() {
    return peersVersion;
  }

  void peersChosen() {
    peersVersion++;
  }
}
