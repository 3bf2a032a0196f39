package com.opsuite.web.appraisal;

import com.opsuite.core.appraisal.GradeBand;
import java.io.Serializable;
import java.math.BigDecimal;

/** One editable line of the grade band table, kept as typed when the table is refused. */
public class BandForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String grade;
  private BigDecimal min;
  private BigDecimal bonus;

  public BandForm() {}

  static BandForm of(GradeBand band) {
    BandForm form = new BandForm();
    form.grade = band.grade();
    form.min = band.min();
    form.bonus = band.bonus();
    return form;
  }

  GradeBand band() {
    return new GradeBand(grade == null ? null : grade.trim(), min, bonus);
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public BigDecimal getMin() {
    return min;
  }

  public void setMin(BigDecimal min) {
    this.min = min;
  }

  public BigDecimal getBonus() {
    return bonus;
  }

  public void setBonus(BigDecimal bonus) {
    this.bonus = bonus;
  }
}
