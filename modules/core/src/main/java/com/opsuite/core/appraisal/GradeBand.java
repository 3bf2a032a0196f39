package com.opsuite.core.appraisal;

import java.math.BigDecimal;

/** A grade earned by totals at or above {@code min}, and the bonus coefficient it brings. */
public record GradeBand(String grade, BigDecimal min, BigDecimal bonus) {}
