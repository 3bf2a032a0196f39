package com.opsuite.gas.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the supervisors' dashboard for a span of days and optionally one area: the REST
 * summary and the page show the same record.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param areaId the area the figures are limited to, or null for all
 * @param totals planned, done and entry-failed inspections of the whole span
 * @param byInspector the same per assignee or inspector (user id null: tasks nobody is assigned)
 * @param byArea the same per area
 * @param hazards hazards not closed today, and of them the ones past their deadline
 * @param blacklist customers on the blacklist at the end of each week of the span
 * @param theftCases cases opened in the span, by the stage they are in now (every stage listed)
 */
public record Summary(
    LocalDate from,
    LocalDate to,
    Long areaId,
    Counts totals,
    List<InspectorCounts> byInspector,
    List<AreaCounts> byArea,
    Hazards hazards,
    Blacklist blacklist,
    List<StageCount> theftCases) {

  /**
   * Planned tasks due in the span, inspections completed, visits that found no way in, and the
   * entry failures' share of all finished visits (null when none finished).
   */
  public record Counts(long planned, long done, long entryFailed, BigDecimal entryFailureRate) {

    public static final Counts NONE = of(0, 0, 0);

    public static Counts of(long planned, long done, long entryFailed) {
      long finished = done + entryFailed;
      BigDecimal rate =
          finished == 0
              ? null
              : BigDecimal.valueOf(entryFailed)
                  .divide(BigDecimal.valueOf(finished), 4, RoundingMode.HALF_UP);
      return new Counts(planned, done, entryFailed, rate);
    }

    Counts plus(Counts other) {
      return of(planned + other.planned, done + other.done, entryFailed + other.entryFailed);
    }
  }

  public record InspectorCounts(Long userId, String name, Counts counts) {}

  public record AreaCounts(long areaId, String code, String name, Counts counts) {}

  public record Hazards(long open, long overdue) {}

  /** The size at the end of the span, and at each week's end (the last week ends with the span). */
  public record Blacklist(long size, List<WeekSize> weeks) {}

  public record WeekSize(LocalDate weekEnd, long size) {}

  public record StageCount(String stage, long count) {}
}
