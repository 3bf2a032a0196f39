package com.opsuite.core.appraisal;

import com.opsuite.core.kpi.Period;
import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An appraisal of one month or year for a set of staff on one template. An annual cycle may roll up
 * the months instead of computing the year's own indicators and evaluations.
 */
@Entity
@Table(name = "appraisal_cycle")
public class AppraisalCycle extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "appraisal_cycle_seq",
      sequenceName = "appraisal_cycle_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_cycle_seq")
  private Long id;

  @Column(name = "template_id", nullable = false, updatable = false)
  private long templateId;

  @Column(nullable = false, length = 7, updatable = false)
  private String period;

  @Column(name = "roll_up", nullable = false, updatable = false)
  private boolean rollUp;

  /** How many sign-off approvals were started: each gets its own document reference. */
  @Column(name = "sign_offs", nullable = false)
  private int signOffs;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, length = 200, updatable = false)
  private String openedBy;

  @Version private long version;

  protected AppraisalCycle() {}

  AppraisalCycle(long templateId, Period period, boolean rollUp, String by) {
    this.templateId = templateId;
    this.period = period.toString();
    this.rollUp = rollUp;
    this.openedAt = Instant.now();
    this.openedBy = by;
  }

  int nextSignOff() {
    return ++signOffs;
  }

  public Long getId() {
    return id;
  }

  public long getTemplateId() {
    return templateId;
  }

  public Period period() {
    return Period.parse(period);
  }

  public boolean isRollUp() {
    return rollUp;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }
}
