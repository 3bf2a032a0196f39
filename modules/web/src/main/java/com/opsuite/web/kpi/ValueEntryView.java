package com.opsuite.web.kpi;

import com.opsuite.core.kpi.KpiValue;
import com.opsuite.core.kpi.Period;
import com.opsuite.core.kpi.PeriodKind;
import com.opsuite.core.kpi.Series;
import com.opsuite.core.kpi.SubjectKind;
import com.opsuite.core.kpi.Subjects;
import com.opsuite.core.kpi.ValueEntries;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.faces.ShownTimes;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.org.SaveFailures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Values entry: pick a manual measure or indicator, a period and whom the values are for (the
 * company, units or staff), type the numbers in a compact table and save the changed ones through
 * {@link ValueEntries}, which keeps each entry with who made it. A closed period, a value out of
 * range or a stale row is refused with the service's localized message; typed numbers stay.
 */
@Named
@ViewScoped
@RequiresPermission(CorePermissions.KPI_ENTER)
public class ValueEntryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ValueEntries entries;
  @Inject KpiChoices choices;
  @Inject KpiPeriods periods;
  @Inject Messages messages;
  @Inject SaveFailures failures;
  @Inject CurrentUser user;
  @Inject ShownTimes times;
  @Inject LocaleSelection localeSelection;

  private List<KpiOption> seriesOptions = List.of();
  private String series;
  private String period;
  private SubjectKind kind = SubjectKind.STAFF;
  private List<ValueRow> rows = new ArrayList<>();
  private String historyOf;
  private List<HistoryLine> history = List.of();

  /** One change of a value, for the history. */
  public record HistoryLine(String previous, String value, String note, String by, String at)
      implements Serializable {}

  @PostConstruct
  void init() {
    seriesOptions = choices.enterable(localeSelection.getLocale());
    if (!seriesOptions.isEmpty()) {
      series = seriesOptions.get(0).value();
    }
    period = periods.current(PeriodKind.MONTH).toString();
    load();
  }

  /** Another series: a quarterly or yearly indicator moves the period to one of its kind. */
  public void chooseSeries() {
    PeriodKind only = entries.series(series).map(Series::onlyKind).orElse(null);
    if (only != null) {
      try {
        if (Period.parse(period).kind() != only) {
          period = periods.current(only).toString();
        }
      } catch (IllegalArgumentException e) {
        period = periods.current(only).toString();
      }
    }
    load();
  }

  /** Another series, period or kind of subject: the table is read again. */
  public void load() {
    rows = new ArrayList<>();
    history = List.of();
    historyOf = null;
    Period in = readPeriod();
    if (series == null || in == null) {
      return;
    }
    Map<String, KpiValue> stored =
        entries.values(series, in).stream()
            .collect(Collectors.toMap(v -> SubjectKeys.key(v.subject()), Function.identity()));
    for (KpiOption s :
        choices.subjects(
            CorePermissions.KPI_ENTER, EnumSet.of(kind), localeSelection.getLocale())) {
      KpiValue v = stored.get(s.value());
      rows.add(
          v == null
              ? new ValueRow(s.value(), s.label(), null, null, null, null, null)
              : new ValueRow(
                  s.value(),
                  s.label(),
                  ShownRules.plain(v.getValue()),
                  v.getNote(),
                  v.getEnteredBy(),
                  times.minute(v.getEnteredAt()),
                  v.getVersion()));
    }
  }

  /** Saves the rows whose number or note changed; stops at the first refusal. */
  public void save() {
    Period in = readPeriod();
    Series chosen = entries.series(series).orElse(null);
    if (in == null || chosen == null) {
      return;
    }
    int saved = 0;
    for (int i = 0; i < rows.size(); i++) {
      ValueRow row = rows.get(i);
      if (!row.changed()) {
        continue;
      }
      try {
        entries.enter(
            chosen,
            in,
            SubjectKeys.parse(row.getSubject()),
            row.getValue(),
            row.getNote(),
            row.getVersion(),
            user.name());
        saved++;
      } catch (RuntimeException e) {
        refused(e, i, row);
        return;
      }
    }
    load();
    messages.pageInfo("values.saved", saved);
  }

  private void refused(RuntimeException e, int index, ValueRow row) {
    if (SaveFailures.isStale(e)) {
      messages.pageError(null, "values.stale", row.getName());
      return;
    }
    InvalidInputException invalid = find(e);
    if (invalid != null && invalid.violations().stream().anyMatch(v -> "value".equals(v.field()))) {
      failures.show(e, "values:rows:" + index + ":");
      return;
    }
    failures.show(e, "values:");
  }

  private static InvalidInputException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }

  public void showHistory(String subject) {
    Period in = readPeriod();
    if (in == null) {
      return;
    }
    historyOf =
        rows.stream()
            .filter(r -> r.getSubject().equals(subject))
            .map(ValueRow::getName)
            .findFirst()
            .orElse(subject);
    List<HistoryLine> lines =
        entries.history(series, in, SubjectKeys.parse(subject)).stream()
            .map(
                c ->
                    new HistoryLine(
                        c.getPrevious() == null ? "" : plain(c.getPrevious()),
                        plain(c.getValue()),
                        Objects.toString(c.getNote(), ""),
                        c.getChangedBy(),
                        times.minute(c.getChangedAt())))
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(lines); // newest first
    history = lines;
  }

  private static String plain(BigDecimal value) {
    return ShownRules.plain(value).toPlainString();
  }

  private Period readPeriod() {
    try {
      return Subjects.period("period", period);
    } catch (InvalidInputException e) {
      messages.invalid(e, "values:");
      return null;
    }
  }

  public List<KpiOption> getSeriesOptions() {
    return seriesOptions;
  }

  public SubjectKind[] getKinds() {
    return SubjectKind.values();
  }

  public String getSeries() {
    return series;
  }

  public void setSeries(String series) {
    this.series = series;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public SubjectKind getKind() {
    return kind;
  }

  public void setKind(SubjectKind kind) {
    this.kind = kind;
  }

  public List<ValueRow> getRows() {
    return rows;
  }

  public String getHistoryOf() {
    return historyOf;
  }

  public List<HistoryLine> getHistory() {
    return history;
  }
}
