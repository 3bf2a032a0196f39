package com.opsuite.core.kpi;

import java.math.BigDecimal;
import java.util.List;

/** A target's scoring rule as submitted, before it is checked; any field may be missing. */
public record ScoringDraft(
    ScoringKind rule, BigDecimal floor, BigDecimal target, BigDecimal cap, List<BandDraft> bands) {

  public record BandDraft(BigDecimal threshold, BigDecimal score) {}
}
