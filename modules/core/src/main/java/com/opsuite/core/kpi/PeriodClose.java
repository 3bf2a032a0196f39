package com.opsuite.core.kpi;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A period the tenant closed: its values and targets (and those of periods within it) are final.
 */
@Entity
@Table(name = "kpi_period_close")
public class PeriodClose extends TenantOwned {

  @Id
  @Column(length = 7)
  private String period;

  @Column(name = "closed_at", nullable = false)
  private Instant closedAt;

  @Column(name = "closed_by", nullable = false, length = 200)
  private String closedBy;

  @Version private long version;

  protected PeriodClose() {}

  PeriodClose(Period period, String by) {
    this.period = period.toString();
    this.closedAt = Instant.now();
    this.closedBy = by;
  }

  public Period period() {
    return Period.parse(period);
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }
}
