package com.opsuite.online.meeting;

import com.opsuite.core.calendar.WorkingDayCalendar;
import com.opsuite.online.data.IsoWeek;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When the next meetings are, as plain logic over the tenant's settings and working-day calendar. A
 * meeting whose day is a rest day (a public holiday, a weekend) takes place on the next working
 * day, as nobody is in; it still discusses the pack of its scheduled day: the weekly meeting the
 * ISO week before, the monthly one the month before.
 */
public final class MeetingCalendar {

  private final WorkingDayCalendar days;
  private final ZoneId zone;
  private final Schedule schedule;

  /** The settings: weekday 1-7 and time of the weekly meeting, day and time of the monthly. */
  public record Schedule(
      int weeklyDay, LocalTime weeklyTime, int monthlyDay, LocalTime monthlyTime) {}

  /** A meeting: its kind, when it starts, and the period of the pack it discusses. */
  public record Meeting(MeetingPack.Kind kind, ZonedDateTime startsAt, String packPeriod) {}

  public MeetingCalendar(WorkingDayCalendar days, ZoneId zone, Schedule schedule) {
    this.days = days;
    this.zone = zone;
    this.schedule = schedule;
  }

  /** The first meeting of the kind starting at or after {@code from}. */
  public Meeting next(MeetingPack.Kind kind, ZonedDateTime from) {
    ZonedDateTime here = from.withZoneSameInstant(zone);
    LocalDate day = here.toLocalDate();
    // A rest-day move is at most a few weeks (the Spring Festival): a handful of periods suffice.
    for (int i = -1; i < 12; i++) {
      Meeting m = kind == MeetingPack.Kind.WEEKLY ? weekly(day.plusWeeks(i)) : monthly(day, i);
      if (!m.startsAt().isBefore(here)) {
        return m;
      }
    }
    throw new IllegalStateException("no " + kind + " meeting within a year of " + from);
  }

  private Meeting weekly(LocalDate anyDayOfWeek) {
    LocalDate scheduled =
        anyDayOfWeek
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .plusDays(schedule.weeklyDay() - 1L);
    return new Meeting(
        MeetingPack.Kind.WEEKLY,
        workingOnOrAfter(scheduled).atTime(schedule.weeklyTime()).atZone(zone),
        IsoWeek.of(scheduled).previous().toString());
  }

  private Meeting monthly(LocalDate from, int monthsLater) {
    YearMonth month = YearMonth.from(from).plusMonths(monthsLater);
    LocalDate scheduled = month.atDay(schedule.monthlyDay());
    return new Meeting(
        MeetingPack.Kind.MONTHLY,
        workingOnOrAfter(scheduled).atTime(schedule.monthlyTime()).atZone(zone),
        month.minusMonths(1).toString());
  }

  private LocalDate workingOnOrAfter(LocalDate day) {
    return days.isWorkingDay(day) ? day : days.plusWorkingDays(day, 1);
  }
}
