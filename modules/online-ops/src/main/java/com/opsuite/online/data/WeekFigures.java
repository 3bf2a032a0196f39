package com.opsuite.online.data;

import java.util.List;

/**
 * The figures of a platform's week: followers at the week's end, optionally how many were new, and
 * the week's reads, interactions, visits and conversions.
 */
public record WeekFigures(
    long followers,
    Long newFollowers,
    long reads,
    long interactions,
    long visits,
    long conversions) {

  /** The figures the packs compare, in the order they show them. */
  public enum Figure {
    FOLLOWERS,
    NEW_FOLLOWERS,
    READS,
    INTERACTIONS,
    VISITS,
    CONVERSIONS;

    /** The figure's value, null when it was not given (only new followers is optional). */
    public Long of(WeekFigures f) {
      return switch (this) {
        case FOLLOWERS -> f.followers();
        case NEW_FOLLOWERS -> f.newFollowers();
        case READS -> f.reads();
        case INTERACTIONS -> f.interactions();
        case VISITS -> f.visits();
        case CONVERSIONS -> f.conversions();
      };
    }

    public static List<Figure> all() {
      return List.of(values());
    }
  }
}
