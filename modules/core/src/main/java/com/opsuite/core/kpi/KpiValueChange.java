package com.opsuite.core.kpi;

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

/** One entry or correction of a value: read-only history (the table refuses UPDATE and DELETE). */
@Entity
@Table(name = "kpi_value_change")
public class KpiValueChange extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "kpi_value_change_seq",
      sequenceName = "kpi_value_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_value_change_seq")
  private Long id;

  @Column(name = "value_id", nullable = false, updatable = false)
  private long valueId;

  @Column(precision = 24, scale = 6, updatable = false)
  private BigDecimal previous;

  @Column(nullable = false, precision = 24, scale = 6, updatable = false)
  private BigDecimal value;

  @Column(length = 500, updatable = false)
  private String note;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 200, updatable = false)
  private String changedBy;

  protected KpiValueChange() {}

  KpiValueChange(KpiValue current, BigDecimal previous) {
    this.valueId = current.getId();
    this.previous = previous;
    this.value = current.getValue();
    this.note = current.getNote();
    this.changedAt = current.getEnteredAt();
    this.changedBy = current.getEnteredBy();
  }

  public Long getId() {
    return id;
  }

  public long getValueId() {
    return valueId;
  }

  /** The value before this change; null for the first entry. */
  public BigDecimal getPrevious() {
    return previous;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getNote() {
    return note;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
