package com.opsuite.core.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a target turns an indicator's value into a score from 0 to the rule's cap, aware of the
 * indicator's direction. Scores are rounded half-up to {@link #SCALE} places.
 */
public sealed interface ScoringRule permits ScoringRule.Linear, ScoringRule.Banded {

  int SCALE = 2;

  BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The highest score the rule gives (e.g. 120: over-achievement counts, within reason). */
  BigDecimal cap();

  BigDecimal score(BigDecimal value, Direction direction);

  /**
   * 0 at the floor, 100 at the target, on the straight line through them beyond, clamped to 0 and
   * the cap. Where lower is better the floor lies above the target (10 complaints score 0, 2 score
   * 100), and the same line does the rest.
   */
  record Linear(BigDecimal floor, BigDecimal target, BigDecimal cap) implements ScoringRule {

    public Linear {
      Objects.requireNonNull(floor);
      Objects.requireNonNull(target);
      Objects.requireNonNull(cap);
      if (floor.compareTo(target) == 0) {
        throw new IllegalArgumentException("The floor and the target differ");
      }
    }

    @Override
    public BigDecimal score(BigDecimal value, Direction direction) {
      BigDecimal line =
          value
              .subtract(floor)
              .multiply(HUNDRED)
              .divide(target.subtract(floor), SCALE + 8, RoundingMode.HALF_UP);
      return clamp(line, cap);
    }
  }

  /**
   * Thresholds and the score each gives. Where higher is better a value scores the band of the
   * highest threshold it reaches ({@code >=}); where lower is better, the band of the lowest
   * threshold it stays within ({@code <=}). A value outside every band scores 0.
   */
  record Banded(List<Band> bands, BigDecimal cap) implements ScoringRule {

    public Banded {
      Objects.requireNonNull(cap);
      List<Band> sorted = new ArrayList<>(bands);
      sorted.sort(Comparator.comparing(Band::threshold));
      bands = List.copyOf(sorted);
    }

    @Override
    public BigDecimal score(BigDecimal value, Direction direction) {
      Band hit = null;
      if (direction == Direction.HIGHER_IS_BETTER) {
        for (Band band : bands) {
          if (value.compareTo(band.threshold()) >= 0) {
            hit = band;
          }
        }
      } else {
        for (int i = bands.size() - 1; i >= 0; i--) {
          if (value.compareTo(bands.get(i).threshold()) <= 0) {
            hit = bands.get(i);
          }
        }
      }
      return clamp(hit == null ? BigDecimal.ZERO : hit.score(), cap);
    }

    /** Stored as {@code threshold:score} pairs joined by {@code ;}, e.g. {@code 0.8:70;0.9:90}. */
    public String stored() {
      StringBuilder text = new StringBuilder();
      for (Band band : bands) {
        if (!text.isEmpty()) {
          text.append(';');
        }
        text.append(band.threshold().toPlainString())
            .append(':')
            .append(band.score().toPlainString());
      }
      return text.toString();
    }

    public static List<Band> bandsOf(String stored) {
      List<Band> bands = new ArrayList<>();
      for (String pair : stored.split(";")) {
        String[] parts = pair.split(":");
        bands.add(new Band(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
      }
      return bands;
    }
  }

  record Band(BigDecimal threshold, BigDecimal score) {
    public Band {
      Objects.requireNonNull(threshold);
      Objects.requireNonNull(score);
    }
  }

  private static BigDecimal clamp(BigDecimal score, BigDecimal cap) {
    BigDecimal clamped = score.max(BigDecimal.ZERO).min(cap);
    return clamped.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
