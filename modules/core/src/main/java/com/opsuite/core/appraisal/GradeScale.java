package com.opsuite.core.appraisal;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's grade bands, highest first. Valid bands have distinct grades, strictly descending
 * minimums no higher than 100 and a last band starting at 0, so that every total from 0 to 100 has
 * exactly one grade (no gaps, no overlaps).
 */
public record GradeScale(List<GradeBand> bands) {

  public static final GradeScale DEFAULT =
      new GradeScale(
          List.of(
              band("A", "90", "1.2"),
              band("B", "75", "1.0"),
              band("C", "60", "0.8"),
              band("D", "0", "0")));

  private static GradeBand band(String grade, String min, String bonus) {
    return new GradeBand(grade, new BigDecimal(min), new BigDecimal(bonus));
  }

  /** The band of a total: the first whose minimum it reaches. */
  public GradeBand of(BigDecimal total) {
    for (GradeBand band : bands) {
      if (total.compareTo(band.min()) >= 0) {
        return band;
      }
    }
    return bands.get(bands.size() - 1);
  }

  public List<Violation> problems() {
    List<Violation> problems = new ArrayList<>();
    if (bands == null || bands.isEmpty()) {
      problems.add(new Violation("bands", "appraisal.bands.empty"));
      return problems;
    }
    Set<String> grades = new HashSet<>();
    BigDecimal previous = null;
    for (GradeBand b : bands) {
      if (b.grade() == null || !b.grade().matches("[A-Za-z0-9+-]{1,10}")) {
        problems.add(new Violation("grade", "appraisal.bands.grade", String.valueOf(b.grade())));
      } else if (!grades.add(b.grade())) {
        problems.add(new Violation("grade", "appraisal.bands.duplicate", b.grade()));
      }
      if (b.min() == null || b.min().signum() < 0 || b.min().compareTo(TemplateSpec.HUNDRED) > 0) {
        problems.add(new Violation("min", "appraisal.bands.range", b.grade()));
      } else if (previous != null && b.min().compareTo(previous) >= 0) {
        problems.add(new Violation("min", "appraisal.bands.descending", b.grade()));
      }
      if (b.bonus() == null || b.bonus().signum() < 0) {
        problems.add(new Violation("bonus", "appraisal.bands.bonus", b.grade()));
      }
      previous = b.min() == null ? previous : b.min();
    }
    GradeBand last = bands.get(bands.size() - 1);
    if (problems.isEmpty() && last.min().signum() != 0) {
      problems.add(new Violation("min", "appraisal.bands.gap", last.grade()));
    }
    return problems;
  }
}
