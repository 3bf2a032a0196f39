package com.opsuite.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tells working days from rest days for one tenant, so deadlines such as "publish within 3 working
 * days" follow the Chinese holiday schedule, its make-up working days and the tenant's own
 * exceptions.
 *
 * <p>A date's kind is decided by the first of: the tenant's override for that date, the public
 * holiday schedule ({@link ChinaPublicHolidays}), the ordinary week (Saturday and Sunday rest).
 * Instances are immutable and thread-safe. No calculation walks more than 3,660 days; one that
 * would throws {@link IllegalArgumentException}, so bad input cannot hang a request.
 */
public final class WorkingDayCalendar {

  private static final WorkingDayCalendar CHINA_DEFAULT = new WorkingDayCalendar(Map.of());

  private final Map<LocalDate, DayKind> overrides;

  private WorkingDayCalendar(Map<LocalDate, DayKind> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /** The built-in Chinese calendar without tenant overrides. */
  public static WorkingDayCalendar chinaDefault() {
    return CHINA_DEFAULT;
  }

  /**
   * A calendar that also applies these per-date overrides, which win over this calendar's own, over
   * the holiday schedule and over the ordinary week. This calendar is left unchanged.
   *
   * @throws NullPointerException if a date or a kind is null
   */
  public WorkingDayCalendar withOverrides(Map<LocalDate, DayKind> overrides) {
    Map<LocalDate, DayKind> merged = new HashMap<>(this.overrides);
    merged.putAll(overrides);
    return new WorkingDayCalendar(merged);
  }

  public DayKind kindOf(LocalDate date) {
    DayKind override = overrides.get(Objects.requireNonNull(date, "date"));
    if (override != null) {
      return override;
    }
    return ChinaPublicHolidays.kindOf(date).orElseGet(() -> DayKind.inOrdinaryWeek(date));
  }

  public boolean isWorkingDay(LocalDate date) {
    return kindOf(date) == DayKind.WORKDAY;
  }

  /**
   * The date that is {@code days} working days after {@code start}, counting only working days
   * after it, so from a Friday or a Saturday one working day later is the Monday. With {@code days}
   * 0 this is {@code start} if it is a working day, else the next working day; negative {@code
   * days} count backwards from the day before {@code start}.
   */
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    DayBudget budget = new DayBudget();
    LocalDate date = start;
    if (days == 0) {
      while (!isWorkingDay(date)) {
        date = budget.step(date, 1);
      }
      return date;
    }
    int direction = Integer.signum(days);
    long remaining = Math.abs((long) days);
    while (remaining > 0) {
      date = budget.step(date, direction);
      if (isWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /**
   * The number of working days from {@code startInclusive} up to, not including, {@code
   * endExclusive}; negative when the end comes first, like {@link
   * java.time.temporal.ChronoUnit#between}.
   */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    DayBudget budget = new DayBudget();
    int count = 0;
    for (LocalDate date = startInclusive; date.isBefore(endExclusive); ) {
      if (isWorkingDay(date)) {
        count++;
      }
      date = budget.step(date, 1);
    }
    return count;
  }

  /**
   * The moment {@code amount} of working time after {@code start}, where the clock runs only within
   * {@code hours} on working days: with 09:00–18:00, 12 working hours from Monday 17:00 end on
   * Wednesday 11:00.
   *
   * <p>A start outside working hours counts from the next opening. An amount that uses up a day's
   * hours exactly ends at that day's close, not at the next opening. A zero amount returns {@code
   * start} if it lies within working hours (close included), else the next opening. A negative
   * amount goes backwards, mirroring all of this: from the last close, ending at an opening.
   */
  public LocalDateTime plusWorkingHours(LocalDateTime start, Duration amount, WorkingHours hours) {
    return new WorkingTimeAdder(this, hours).plus(start, amount);
  }
}
