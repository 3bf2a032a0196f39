package com.opsuite.online.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A period of the suggestion review: blocks of {@code months} months counted from January (a month,
 * a quarter, half a year, ...), the year's last block ending in December. It is named by its first
 * month ({@code 2025-10}), so a review stays found when the tenant changes the length later.
 */
public record SuggestionPeriod(YearMonth first, YearMonth last) {

  /** The period holding {@code day} when periods are {@code months} long. */
  public static SuggestionPeriod of(LocalDate day, int months) {
    int length = Math.max(1, Math.min(12, months));
    int firstMonth = (day.getMonthValue() - 1) / length * length + 1;
    YearMonth first = YearMonth.of(day.getYear(), firstMonth);
    YearMonth last = first.plusMonths(length - 1L);
    if (last.getYear() != first.getYear()) {
      last = YearMonth.of(first.getYear(), 12);
    }
    return new SuggestionPeriod(first, last);
  }

  /** The period named {@code key}; empty when the key is no month or starts no period. */
  public static java.util.Optional<SuggestionPeriod> parse(String key, int months) {
    try {
      YearMonth month = YearMonth.parse(key.strip());
      if (month.getYear() < 2000 || month.getYear() > 2100) {
        return java.util.Optional.empty();
      }
      SuggestionPeriod p = of(month.atDay(1), months);
      return p.first().equals(month) ? java.util.Optional.of(p) : java.util.Optional.empty();
    } catch (DateTimeParseException | NullPointerException e) {
      return java.util.Optional.empty();
    }
  }

  public String key() {
    return first.toString();
  }

  public LocalDate firstDay() {
    return first.atDay(1);
  }

  public LocalDate lastDay() {
    return last.atEndOfMonth();
  }

  public SuggestionPeriod previous(int months) {
    return of(firstDay().minusDays(1), months);
  }
}
