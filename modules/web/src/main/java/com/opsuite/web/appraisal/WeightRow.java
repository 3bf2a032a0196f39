package com.opsuite.web.appraisal;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One weighted line of the template form: an indicator (code only) or a criterion (code and both
 * names). Kept as typed, even when refused, so nothing is lost between saves.
 */
public class WeightRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private String nameZh;
  private String nameEn;
  private BigDecimal weight;

  public WeightRow() {}

  WeightRow(String code, String nameZh, String nameEn, BigDecimal weight) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.weight = weight;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public void setWeight(BigDecimal weight) {
    this.weight = weight;
  }
}
