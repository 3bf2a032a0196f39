package com.opsuite.online.data;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** One platform's week as the API and the entry form send it; the version when changing it. */
public record FiguresInput(
    @NotNull(message = "data.figure.required")
        @PositiveOrZero(message = "data.figure.negative")
        @Max(value = 999_999_999_999_999L, message = "data.figure.tooLarge")
        Long followers,
    @PositiveOrZero(message = "data.figure.negative")
        @Max(value = 999_999_999_999_999L, message = "data.figure.tooLarge")
        Long newFollowers,
    @NotNull(message = "data.figure.required")
        @PositiveOrZero(message = "data.figure.negative")
        @Max(value = 999_999_999_999_999L, message = "data.figure.tooLarge")
        Long reads,
    @NotNull(message = "data.figure.required")
        @PositiveOrZero(message = "data.figure.negative")
        @Max(value = 999_999_999_999_999L, message = "data.figure.tooLarge")
        Long interactions,
    @NotNull(message = "data.figure.required")
        @PositiveOrZero(message = "data.figure.negative")
        @Max(value = 999_999_999_999_999L, message = "data.figure.tooLarge")
        Long visits,
    @NotNull(message = "data.figure.required")
        @PositiveOrZero(message = "data.figure.negative")
        @Max(value = 999_999_999_999_999L, message = "data.figure.tooLarge")
        Long conversions,
    Long version) {

  public WeekFigures figures() {
    return new WeekFigures(followers, newFollowers, reads, interactions, visits, conversions);
  }
}
