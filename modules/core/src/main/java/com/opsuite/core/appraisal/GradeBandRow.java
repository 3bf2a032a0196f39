package com.opsuite.core.appraisal;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A stored grade band of the tenant; see {@link GradeScale} for the rules they follow together. The
 * bands are replaced as a set, so {@code version} is the set's: every row of one save holds the
 * same, one more than the set it replaced.
 */
@Entity
@Table(name = "appraisal_grade_band")
public class GradeBandRow extends TenantOwned {

  @Id
  @Column(length = 10)
  private String grade;

  @Column(name = "min_score", nullable = false, precision = 5, scale = 2)
  private BigDecimal minScore;

  @Column(nullable = false, precision = 5, scale = 2)
  private BigDecimal bonus;

  @Column(nullable = false)
  private long version;

  protected GradeBandRow() {}

  GradeBandRow(GradeBand band, long version) {
    this.grade = band.grade();
    this.minScore = band.min();
    this.bonus = band.bonus();
    this.version = version;
  }

  GradeBand band() {
    return new GradeBand(grade, minScore, bonus);
  }
}
