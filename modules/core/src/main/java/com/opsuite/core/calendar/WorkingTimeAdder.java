package com.opsuite.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Runs the clock of {@link WorkingDayCalendar#plusWorkingHours} day by day, kept apart so the
 * calendar stays about which days work and this about which hours count.
 */
final class WorkingTimeAdder {

  private final WorkingDayCalendar calendar;
  private final WorkingHours hours;

  WorkingTimeAdder(WorkingDayCalendar calendar, WorkingHours hours) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.hours = Objects.requireNonNull(hours, "hours");
  }

  LocalDateTime plus(LocalDateTime start, Duration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    return amount.isNegative() ? backwards(start, amount.negated()) : forwards(start, amount);
  }

  private LocalDateTime forwards(LocalDateTime start, Duration amount) {
    DayBudget budget = new DayBudget();
    LocalDate date = start.toLocalDate();
    LocalTime from = start.toLocalTime();
    Duration remaining = amount;
    for (; ; ) {
      if (calendar.isWorkingDay(date) && !from.isAfter(hours.dayEnd())) {
        LocalTime opening = from.isBefore(hours.dayStart()) ? hours.dayStart() : from;
        Duration available = Duration.between(opening, hours.dayEnd());
        if (remaining.compareTo(available) <= 0) {
          return date.atTime(opening).plus(remaining);
        }
        remaining = remaining.minus(available);
      }
      date = budget.step(date, 1);
      from = LocalTime.MIN;
    }
  }

  private LocalDateTime backwards(LocalDateTime start, Duration amount) {
    DayBudget budget = new DayBudget();
    LocalDate date = start.toLocalDate();
    LocalTime until = start.toLocalTime();
    Duration remaining = amount;
    for (; ; ) {
      if (calendar.isWorkingDay(date) && !until.isBefore(hours.dayStart())) {
        LocalTime closing = until.isAfter(hours.dayEnd()) ? hours.dayEnd() : until;
        Duration available = Duration.between(hours.dayStart(), closing);
        if (remaining.compareTo(available) <= 0) {
          return date.atTime(closing).minus(remaining);
        }
        remaining = remaining.minus(available);
      }
      date = budget.step(date, -1);
      until = LocalTime.MAX;
    }
  }
}
