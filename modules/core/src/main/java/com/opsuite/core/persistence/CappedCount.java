package com.opsuite.core.persistence;

import jakarta.persistence.TypedQuery;
import java.io.Serializable;

/**
 * How many rows a list found, counted only up to a cap. An exact count reads every matching row: on
 * a tenant with a million customers that costs more than the page it accompanies, on every page.
 * Past the cap a list says "more than {@link #CAP}" and the reader narrows the search instead.
 *
 * @param value the rows found, or {@link #CAP} when there are more
 * @param capped whether there are more rows than {@code value}
 */
public record CappedCount(long value, boolean capped) implements Serializable {

  /** The cap lists count to: 400 pages of 25 rows, far more than anyone pages through. */
  public static final int CAP = 10_000;

  /**
   * Counts a list's rows with two queries over its filter: {@code probe} (selecting anything, in
   * any order) only asks whether a row lies past the cap, and {@code count} runs only when none
   * does, so neither reads more than the cap's worth of rows.
   */
  public static CappedCount of(TypedQuery<?> probe, TypedQuery<Long> count) {
    if (!probe.setFirstResult(CAP).setMaxResults(1).getResultList().isEmpty()) {
      return new CappedCount(CAP, true);
    }
    return new CappedCount(count.getSingleResult(), false);
  }

  /**
   * Counts by reading the list's rows (select something small, such as ids) up to one past the cap:
   * one pass, for filters no index serves, where the probe and the count of {@link #of(TypedQuery,
   * TypedQuery)} would each scan the table.
   */
  public static CappedCount ofRows(TypedQuery<?> rows) {
    int found = rows.setFirstResult(0).setMaxResults(CAP + 1).getResultList().size();
    return found > CAP ? new CappedCount(CAP, true) : new CappedCount(found, false);
  }
}
