package com.opsuite.core.kpi;

import com.opsuite.core.kpi.formula.Formula;
import com.opsuite.core.kpi.formula.FormulaException;
import com.opsuite.core.kpi.formula.Reference;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a computation of indicators needs in bulk, before any formula runs: the indicators the
 * wanted ones reach through their formulas, the stored values of every manual series involved for
 * the period and the periods within it (one query per subject kind and thousand subjects), and each
 * provider's values once. The cost grows with the number of series, not of cells.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ValueSheets {

  static final int IDS_PER_QUERY = 1000;

  @PersistenceContext EntityManager em;
  @Inject MeasureCatalog catalog;

  ValueSheet read(Collection<Indicator> wanted, Period period, Collection<Subject> subjects) {
    Map<String, Indicator> all = new HashMap<>();
    for (Indicator i :
        em.createQuery("SELECT i FROM Indicator i", Indicator.class).getResultList()) {
      all.put(i.getCode(), i);
    }
    Map<String, Formula> formulas = new HashMap<>();
    Map<String, Indicator> reached = reach(wanted, all, formulas);

    Map<String, ValueSheet.Measure> measures = new HashMap<>();
    for (MeasureCatalog.Declared d : catalog.available()) {
      measures.put(d.code(), new ValueSheet.Measure(d.definition(), catalog.name(d)));
    }
    Set<String> elsewhere = new HashSet<>();
    catalog.all().stream()
        .map(MeasureCatalog.Declared::code)
        .filter(c -> !measures.containsKey(c))
        .forEach(elsewhere::add);

    Set<String> named = new HashSet<>();
    formulas
        .values()
        .forEach(
            f ->
                f.references().stream()
                    .filter(r -> r.kind() == Reference.Kind.MEASURE)
                    .forEach(r -> named.add(r.code())));
    Set<String> series = new HashSet<>();
    Set<String> providedCodes = new HashSet<>();
    for (String code : named) {
      ValueSheet.Measure m = measures.get(code);
      if (m != null && m.definition().manual()) {
        series.add(code);
      } else if (m != null) {
        providedCodes.add(code);
      }
    }
    reached.values().stream()
        .filter(i -> i.getSource() == IndicatorSource.MANUAL)
        .forEach(i -> series.add(i.getCode()));

    return new ValueSheet(
        period,
        reached,
        formulas,
        measures,
        elsewhere,
        stored(series, period.withAllParts(), subjects),
        provided(providedCodes, period));
  }

  /** The wanted indicators and every indicator their formulas refer to, directly or not. */
  private static Map<String, Indicator> reach(
      Collection<Indicator> wanted, Map<String, Indicator> all, Map<String, Formula> formulas) {
    Map<String, Indicator> reached = new LinkedHashMap<>();
    Deque<Indicator> next = new ArrayDeque<>(wanted);
    while (!next.isEmpty()) {
      Indicator indicator = next.pop();
      if (reached.putIfAbsent(indicator.getCode(), indicator) != null
          || indicator.getSource() != IndicatorSource.FORMULA) {
        continue;
      }
      try {
        Formula formula = Formula.parse(indicator.getFormula());
        formulas.put(indicator.getCode(), formula);
        for (Reference r : formula.references()) {
          Indicator other = all.get(r.code());
          if (r.kind() == Reference.Kind.INDICATOR && other != null) {
            next.push(other);
          }
        }
      } catch (FormulaException e) {
        // Saved formulas parse; should one not, the sheet reports it as the indicator's reason.
      }
    }
    return reached;
  }

  private Map<ValueSheet.Cell, BigDecimal> stored(
      Set<String> series, List<Period> periods, Collection<Subject> subjects) {
    Map<ValueSheet.Cell, BigDecimal> cells = new HashMap<>();
    if (series.isEmpty()) {
      return cells;
    }
    List<String> periodTexts = periods.stream().map(Period::toString).toList();
    Map<SubjectKind, List<Long>> byKind = new HashMap<>();
    for (Subject s : subjects) {
      byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s.id());
    }
    for (Map.Entry<SubjectKind, List<Long>> kind : byKind.entrySet()) {
      List<Long> ids = kind.getValue();
      for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
        List<Object[]> rows =
            em.createQuery(
                    "SELECT v.series, v.period, v.subjectId, v.value FROM KpiValue v"
                        + " WHERE v.series IN :series AND v.period IN :periods"
                        + " AND v.subjectKind = :kind AND v.subjectId IN :ids",
                    Object[].class)
                .setParameter("series", series)
                .setParameter("periods", periodTexts)
                .setParameter("kind", kind.getKey())
                .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                .getResultList();
        for (Object[] row : rows) {
          cells.put(
              new ValueSheet.Cell(
                  (String) row[0],
                  Period.parse((String) row[1]),
                  new Subject(kind.getKey(), (Long) row[2])),
              (BigDecimal) row[3]);
        }
      }
    }
    return cells;
  }

  /** Each provider asked once, for all of its measures the computation needs. */
  private Map<String, Map<Subject, BigDecimal>> provided(Set<String> codes, Period period) {
    Map<MeasureProvider, Set<String>> byProvider = new HashMap<>();
    for (String code : codes) {
      catalog
          .providerOf(code)
          .ifPresent(p -> byProvider.computeIfAbsent(p, x -> new HashSet<>()).add(code));
    }
    Map<String, Map<Subject, BigDecimal>> values = new HashMap<>();
    byProvider.forEach(
        (provider, asked) -> {
          asked.forEach(code -> values.put(code, new HashMap<>()));
          for (MeasureProvider.PublishedValue v : provider.values(asked, period)) {
            Map<Subject, BigDecimal> ofMeasure = values.get(v.measureCode());
            if (ofMeasure != null && v.value() != null) {
              ofMeasure.put(v.subject(), v.value());
            }
          }
        });
    return values;
  }
}
