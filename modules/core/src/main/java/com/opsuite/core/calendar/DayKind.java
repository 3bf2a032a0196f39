package com.opsuite.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Whether a date counts towards working-day and working-hour deadlines. */
public enum DayKind {
  WORKDAY,
  REST;

  /** The kind a date has in an ordinary week, before holidays and overrides: weekends rest. */
  public static DayKind inOrdinaryWeek(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? REST : WORKDAY;
  }
}
