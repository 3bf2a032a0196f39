package com.opsuite.core.kpi;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.i18n.CoreText;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values people enter for manual measures and manual indicators. An entry replaces the cell's
 * current value and is kept in its history with who entered it and when; a closed period refuses
 * entries. Provided measures and formula indicators are computed, never entered.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ValueEntries {

  /** What {@code numeric(24,6)} holds. */
  static final int INTEGER_DIGITS = 18;

  static final int PLACES = 6;
  static final int NOTE_LENGTH = 500;

  @PersistenceContext EntityManager em;
  @Inject MeasureCatalog catalog;
  @Inject Indicators indicators;
  @Inject PeriodClosings closings;
  @Inject Subjects subjects;
  @Inject AuditLog audit;

  /** The measure the tenant has, or its indicator, of that code. */
  public Optional<Series> series(String code) {
    Optional<MeasureCatalog.Declared> measure = catalog.find(code);
    if (measure.isPresent()) {
      return Optional.of(Series.of(measure.get(), catalog.name(measure.get())));
    }
    return indicators.find(code).map(Series::of);
  }

  /**
   * Enters or corrects the value of the cell. {@code expectedVersion}, when given, refuses a
   * correction based on a stale read (409). Nothing is written unless everything holds.
   */
  public KpiValue enter(
      Series series,
      Period period,
      Subject subject,
      BigDecimal value,
      String note,
      Long expectedVersion,
      String by) {
    check(series, period, subject, value, note);
    KpiValue current = current(series.code(), period, subject).orElse(null);
    if (current != null && expectedVersion != null && expectedVersion != current.getVersion()) {
      throw new OptimisticLockException(current);
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (current != null
        && current.getValue().compareTo(value) == 0
        && Objects.equals(current.getNote(), cleanNote)) {
      return current;
    }
    BigDecimal previous = current == null ? null : current.getValue();
    if (current == null) {
      current = new KpiValue(series.code(), period, subject);
      current.enter(value, cleanNote, by);
      em.persist(current);
    } else {
      current.enter(value, cleanNote, by);
    }
    flush();
    em.persist(new KpiValueChange(current, previous));
    audit.record(
        by,
        previous == null ? "kpi.value.entered" : "kpi.value.corrected",
        "kpi-value:" + series.code() + "/" + period + "/" + subject,
        previous == null ? null : previous.toPlainString(),
        value.toPlainString());
    return current;
  }

  /** The stored values of the series for the period, every subject. */
  public List<KpiValue> values(String series, Period period) {
    return em.createQuery(
            "SELECT v FROM KpiValue v WHERE v.series = :series AND v.period = :period"
                + " ORDER BY v.subjectKind, v.subjectId",
            KpiValue.class)
        .setParameter("series", series)
        .setParameter("period", period.toString())
        .getResultList();
  }

  public Optional<KpiValue> current(String series, Period period, Subject subject) {
    return em.createQuery(
            "SELECT v FROM KpiValue v WHERE v.series = :series AND v.period = :period"
                + " AND v.subjectKind = :kind AND v.subjectId = :id",
            KpiValue.class)
        .setParameter("series", series)
        .setParameter("period", period.toString())
        .setParameter("kind", subject.kind())
        .setParameter("id", subject.id())
        .getResultStream()
        .findFirst();
  }

  /** Every entry and correction of the cell, oldest first. */
  public List<KpiValueChange> history(String series, Period period, Subject subject) {
    return current(series, period, subject)
        .map(
            v ->
                em.createQuery(
                        "SELECT c FROM KpiValueChange c WHERE c.valueId = :id ORDER BY c.id",
                        KpiValueChange.class)
                    .setParameter("id", v.getId())
                    .getResultList())
        .orElse(List.of());
  }

  private void check(Series series, Period period, Subject subject, BigDecimal value, String note) {
    if (!series.manual()) {
      throw InvalidInputException.of(
          "value", series.isMeasure() ? "kpi.value.provided" : "kpi.value.formula", series.name());
    }
    if (series.onlyKind() != null && series.onlyKind() != period.kind()) {
      throw InvalidInputException.of(
          "period",
          "kpi.period.kindMismatch",
          series.name(),
          new CoreText("kpi.periodKind." + series.onlyKind()),
          period.toString());
    }
    if (!series.keptPer().contains(subject.kind())) {
      throw InvalidInputException.of(
          subject.kind() == SubjectKind.UNIT ? "unitId" : "staffId",
          "kpi.value.notKept",
          series.name(),
          new CoreText("kpi.subject." + subject.kind()));
    }
    subjects.requireExisting(subject);
    Optional<Period> closed = closings.closing(period);
    if (closed.isPresent()) {
      throw InvalidInputException.of("period", "kpi.period.closed", closed.get().toString());
    }
    if (value == null) {
      throw InvalidInputException.of("value", "kpi.required");
    }
    if (value.stripTrailingZeros().scale() > PLACES
        || value.abs().compareTo(BigDecimal.TEN.pow(INTEGER_DIGITS)) >= 0) {
      throw InvalidInputException.of("value", "kpi.value.range", INTEGER_DIGITS, PLACES);
    }
    if (note != null && note.strip().length() > NOTE_LENGTH) {
      throw InvalidInputException.of("note", "kpi.tooLong", NOTE_LENGTH);
    }
  }

  /** Two first entries of one cell at once: the second is refused as a conflict (409). */
  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.causes(e)) {
        throw new OptimisticLockException("Entered meanwhile by someone else", e);
      }
      throw e;
    }
  }
}
