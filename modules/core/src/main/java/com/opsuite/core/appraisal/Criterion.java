package com.opsuite.core.appraisal;

import com.opsuite.core.i18n.LocalizedName;
import java.math.BigDecimal;

/** A qualitative criterion (工作态度, 团队协作...) rated by evaluators, with its weight. */
public record Criterion(String code, String nameZh, String nameEn, BigDecimal weight) {

  public LocalizedName name() {
    return new LocalizedName(nameZh, nameEn);
  }
}
