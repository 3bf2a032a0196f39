package com.opsuite.core.kpi;

import com.opsuite.core.i18n.LocalizedName;
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
 * A tenant's key performance indicator: what is measured (named in both languages), in which unit,
 * which way is better, per which period, and either entered by hand or computed by a formula over
 * measures and other indicators. The code is how formulas and the appraisal refer to it, so it
 * never changes.
 */
@Entity
@Table(name = "kpi_indicator")
public class Indicator extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "kpi_indicator_seq",
      sequenceName = "kpi_indicator_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_indicator_seq")
  private Long id;

  @Column(nullable = false, length = 60, updatable = false)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 200)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MeasureUnit unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", nullable = false, length = 10)
  private PeriodKind periodKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private IndicatorSource source;

  @Column(length = 2000)
  private String formula;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Version private long version;

  protected Indicator() {}

  Indicator(String code) {
    this.code = code;
  }

  void apply(IndicatorDraft draft, String by) {
    this.nameZh = draft.nameZh().strip();
    this.nameEn = draft.nameEn().strip();
    this.unit = draft.unit();
    this.direction = draft.direction();
    this.periodKind = draft.periodKind();
    this.source = draft.source();
    this.formula = draft.source() == IndicatorSource.FORMULA ? draft.formula().strip() : null;
    this.updatedAt = Instant.now();
    this.updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  /** Its name in the reader's language, for messages. */
  public LocalizedName name() {
    return new LocalizedName(nameZh, nameEn);
  }

  public MeasureUnit getUnit() {
    return unit;
  }

  public Direction getDirection() {
    return direction;
  }

  public PeriodKind getPeriodKind() {
    return periodKind;
  }

  public IndicatorSource getSource() {
    return source;
  }

  /** The formula as the admin wrote it; null for a manual indicator. */
  public String getFormula() {
    return formula;
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

  @Override
  public String toString() {
    return code;
  }
}
