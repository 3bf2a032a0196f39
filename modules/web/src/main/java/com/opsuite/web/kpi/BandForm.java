package com.opsuite.web.kpi;

import java.io.Serializable;
import java.math.BigDecimal;

/** One band of a banded target as typed: from this threshold, this score. */
public class BandForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private BigDecimal threshold;
  private BigDecimal score;

  BandForm(BigDecimal threshold, BigDecimal score) {
    this.threshold = threshold;
    this.score = score;
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public void setThreshold(BigDecimal threshold) {
    this.threshold = threshold;
  }

  public BigDecimal getScore() {
    return score;
  }

  public void setScore(BigDecimal score) {
    this.score = score;
  }
}
