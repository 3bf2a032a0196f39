package com.opsuite.web.kpi;

import com.opsuite.core.kpi.Indicator;
import com.opsuite.core.kpi.IndicatorScores;
import com.opsuite.core.kpi.Indicators;
import com.opsuite.core.kpi.MeasureUnit;
import com.opsuite.core.kpi.Period;
import com.opsuite.core.kpi.Score;
import com.opsuite.core.kpi.ScoreSheet;
import com.opsuite.core.kpi.Subject;
import com.opsuite.core.kpi.SubjectKind;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The KPI dashboard: one indicator for one subject over the last twelve periods (value against
 * target, as a chart), and for one period a table by person or by department with value, target,
 * score and the reason where there is none, exported to Excel or CSV as shown. Everything comes
 * from {@link IndicatorScores}, within the reader's data scope.
 */
@Named
@ViewScoped
@RequiresPermission(CorePermissions.KPI_READ)
public class KpiDashboardView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PERIODS_SHOWN = 12;

  @Inject Indicators indicators;
  @Inject IndicatorScores scores;
  @Inject KpiChoices choices;
  @Inject KpiPeriods periods;
  @Inject Messages messages;
  @Inject LocaleSelection localeSelection;

  private List<KpiOption> indicatorOptions = List.of();
  private List<KpiOption> subjectOptions = List.of();
  private List<String> periodOptions = List.of();
  private String indicator;
  private String subject;
  private String period;
  private SubjectKind by = SubjectKind.STAFF;
  private String chart;
  private List<ScoreRow> rows = List.of();

  @PostConstruct
  void init() {
    Locale locale = localeSelection.getLocale();
    indicatorOptions = choices.indicators(locale);
    subjectOptions =
        choices.subjects(CorePermissions.KPI_READ, EnumSet.allOf(SubjectKind.class), locale);
    if (!indicatorOptions.isEmpty()) {
      indicator = indicatorOptions.get(0).value();
    }
    if (!subjectOptions.isEmpty()) {
      subject = subjectOptions.get(0).value();
    }
    chooseIndicator();
  }

  /** Another indicator: periods of its kind, ending with the current one. */
  public void chooseIndicator() {
    Optional<Indicator> found = chosen();
    if (found.isEmpty()) {
      periodOptions = List.of();
      period = null;
      refresh();
      return;
    }
    Period now = periods.current(found.get().getPeriodKind());
    periodOptions =
        KpiPeriods.ending(now, PERIODS_SHOWN * 2).stream().map(Period::toString).toList();
    period = now.toString();
    refresh();
  }

  /** Reads the chart and the table again for what is chosen. */
  public void refresh() {
    Optional<Indicator> found = chosen();
    if (found.isEmpty() || period == null) {
      chart = null;
      rows = List.of();
      return;
    }
    Indicator i = found.get();
    Period last = Period.parse(period);
    chart = chart(i, last);
    rows = table(i, last);
  }

  private String chart(Indicator i, Period last) {
    Subject who = SubjectKeys.parse(subject);
    if (subjectOptions.stream().noneMatch(o -> o.value().equals(subject))) {
      return null; // not within the reader's scope
    }
    List<ScoreChart.Point> points = new ArrayList<>();
    for (Period p : KpiPeriods.ending(last, PERIODS_SHOWN)) {
      Score s = scores.score(i.getCode(), p, who);
      points.add(
          new ScoreChart.Point(
              p.toString(), s.value(), s.target() == null ? null : ShownRules.aim(s.target())));
    }
    return ScoreChart.json(
        points,
        messages.pageText("dashboard.value"),
        messages.pageText("dashboard.target"),
        i.getUnit() == MeasureUnit.PERCENT);
  }

  private List<ScoreRow> table(Indicator i, Period in) {
    List<KpiOption> who =
        choices.subjects(CorePermissions.KPI_READ, EnumSet.of(by), localeSelection.getLocale());
    List<Subject> subjects = who.stream().map(o -> SubjectKeys.parse(o.value())).toList();
    ScoreSheet sheet = scores.scores(List.of(i.getCode()), in, subjects);
    Locale locale = localeSelection.getLocale();
    List<ScoreRow> shown = new ArrayList<>();
    for (int n = 0; n < who.size(); n++) {
      Score s = sheet.get(i.getCode(), subjects.get(n));
      shown.add(
          new ScoreRow(
              who.get(n).label(),
              ShownRules.value(s.value(), i.getUnit()),
              s.target() == null ? "" : ShownRules.describe(s.target(), i.getUnit(), messages),
              s.score(),
              s.reason() == null ? "" : s.reason().in(locale)));
    }
    return shown;
  }

  private Optional<Indicator> chosen() {
    return indicator == null ? Optional.empty() : indicators.find(indicator);
  }

  public String getExportName() {
    return "kpi-" + indicator + "-" + period;
  }

  public List<KpiOption> getIndicatorOptions() {
    return indicatorOptions;
  }

  public List<KpiOption> getSubjectOptions() {
    return subjectOptions;
  }

  public List<String> getPeriodOptions() {
    return periodOptions;
  }

  public SubjectKind[] getByOptions() {
    return new SubjectKind[] {SubjectKind.STAFF, SubjectKind.UNIT};
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public SubjectKind getBy() {
    return by;
  }

  public void setBy(SubjectKind by) {
    this.by = by;
  }

  public String getChart() {
    return chart;
  }

  public List<ScoreRow> getRows() {
    return rows;
  }
}
