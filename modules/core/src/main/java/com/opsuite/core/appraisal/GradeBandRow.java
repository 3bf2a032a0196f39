package com.opsuite.core.appraisal;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A stored grade band of the tenant; see {@link GradeScale} for the rules they follow together. */
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

  @Version private long version;

  protected GradeBandRow() {}

  GradeBandRow(GradeBand band) {
    this.grade = band.grade();
    this.minScore = band.min();
    this.bonus = band.bonus();
  }

  GradeBand band() {
    return new GradeBand(grade, minScore, bonus);
  }
}
