package com.opsuite.core.calendar;

import java.time.LocalDate;

/**
 * Caps how many days one calculation may walk, so a huge amount or a calendar overridden to rest
 * forever fails fast with an error instead of hanging a request.
 */
final class DayBudget {

  /** Ten years and a bit: far beyond any real deadline, small enough to answer instantly. */
  static final int MAX_DAYS = 3_660;

  private int spent;

  /** The day after ({@code direction} 1) or before (-1) {@code date}, charged to the budget. */
  LocalDate step(LocalDate date, int direction) {
    if (++spent > MAX_DAYS) {
      throw new IllegalArgumentException(
          String.format(
              "calculation walks more than %d days: the amount is too large, or no working day"
                  + " is in reach",
              MAX_DAYS));
    }
    return date.plusDays(direction);
  }
}
