package com.opsuite.core.kpi;

/** An indicator as an admin submits it, before it is checked; any field may be missing. */
public record IndicatorDraft(
    String code,
    String nameZh,
    String nameEn,
    MeasureUnit unit,
    Direction direction,
    PeriodKind periodKind,
    IndicatorSource source,
    String formula) {}
