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
 * The current value of a series (a manual measure, or a manual indicator) for one period and one
 * subject, with who entered it last. Every entry and correction is also a {@link KpiValueChange}.
 */
@Entity
@Table(name = "kpi_value")
public class KpiValue extends TenantOwned {

  @Id
  @SequenceGenerator(name = "kpi_value_seq", sequenceName = "kpi_value_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_value_seq")
  private Long id;

  @Column(nullable = false, length = 100, updatable = false)
  private String series;

  @Column(nullable = false, length = 7, updatable = false)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 10, updatable = false)
  private SubjectKind subjectKind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(nullable = false, precision = 24, scale = 6)
  private BigDecimal value;

  @Column(length = 500)
  private String note;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  @Column(name = "entered_by", nullable = false, length = 200)
  private String enteredBy;

  @Version private long version;

  protected KpiValue() {}

  KpiValue(String series, Period period, Subject subject) {
    this.series = series;
    this.period = period.toString();
    this.subjectKind = subject.kind();
    this.subjectId = subject.id();
  }

  void enter(BigDecimal value, String note, String by) {
    this.value = value;
    this.note = note;
    this.enteredAt = Instant.now();
    this.enteredBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getSeries() {
    return series;
  }

  public Period period() {
    return Period.parse(period);
  }

  public Subject subject() {
    return new Subject(subjectKind, subjectId);
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getNote() {
    return note;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public long getVersion() {
    return version;
  }
}
