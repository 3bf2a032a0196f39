package com.opsuite.core.appraisal;

import java.util.List;

/**
 * A cycle to open: a template, a month ({@code 2026-11}) or year ({@code 2026}), and the staff:
 * those holding a position in a unit's subtree ({@code unitId}) or an explicit list. {@code rollUp}
 * (annual only) averages the year's locked monthly totals instead of computing the year itself.
 */
public record CycleDraft(
    String template, String period, Long unitId, List<Long> staffIds, Boolean rollUp) {}
