package com.opsuite.core.kpi;

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

/**
 * What an indicator should reach in a period, for a staff member, a unit or (as the default for
 * everyone without their own) the whole tenant, and how a value scores against it.
 */
@Entity
@Table(name = "kpi_target")
public class Target extends TenantOwned {

  @Id
  @SequenceGenerator(name = "kpi_target_seq", sequenceName = "kpi_target_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_target_seq")
  private Long id;

  @Column(name = "indicator_id", nullable = false, updatable = false)
  private long indicatorId;

  @Column(nullable = false, length = 7, updatable = false)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 10, updatable = false)
  private SubjectKind subjectKind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ScoringKind rule;

  @Column(name = "floor_value", precision = 24, scale = 6)
  private BigDecimal floor;

  @Column(name = "target_value", precision = 24, scale = 6)
  private BigDecimal target;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal cap;

  @Column(length = 2000)
  private String bands;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Version private long version;

  protected Target() {}

  Target(long indicatorId, Period period, Subject subject) {
    this.indicatorId = indicatorId;
    this.period = period.toString();
    this.subjectKind = subject.kind();
    this.subjectId = subject.id();
  }

  void apply(ScoringRule scoring, String by) {
    this.cap = scoring.cap();
    if (scoring instanceof ScoringRule.Linear linear) {
      this.rule = ScoringKind.LINEAR;
      this.floor = linear.floor();
      this.target = linear.target();
      this.bands = null;
    } else {
      ScoringRule.Banded banded = (ScoringRule.Banded) scoring;
      this.rule = ScoringKind.BANDED;
      this.floor = null;
      this.target = null;
      this.bands = banded.stored();
    }
    this.updatedAt = Instant.now();
    this.updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getIndicatorId() {
    return indicatorId;
  }

  public Period period() {
    return Period.parse(period);
  }

  public Subject subject() {
    return new Subject(subjectKind, subjectId);
  }

  public ScoringRule scoring() {
    return rule == ScoringKind.LINEAR
        ? new ScoringRule.Linear(floor, target, cap)
        : new ScoringRule.Banded(ScoringRule.Banded.bandsOf(bands), cap);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
