package com.opsuite.core.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The daily span in which working hours count, such as 09:00–18:00, so "answer within 12 working
 * hours" skips nights. It is one continuous span: a lunch break counts as working time, and a span
 * cannot cross midnight.
 */
public record WorkingHours(LocalTime dayStart, LocalTime dayEnd) {

  public WorkingHours {
    Objects.requireNonNull(dayStart, "dayStart");
    Objects.requireNonNull(dayEnd, "dayEnd");
    if (!dayStart.isBefore(dayEnd)) {
      throw new IllegalArgumentException(
          "working hours must start before they end, got " + dayStart + "–" + dayEnd);
    }
  }
}
