package com.opsuite.gas.report;

import com.opsuite.core.kpi.Period;
import com.opsuite.core.kpi.PeriodKind;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.registry.Area;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The supervisors' dashboard: a month, quarter or year and optionally an area; the figures of
 * {@link Summaries} as numbers, charts and tables that export to Excel.
 */
@Named("gasDashboardView")
@ViewScoped
@RequiresPermission(ReportPermissions.READ)
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PERIODS_OFFERED = 12;

  @Inject Summaries summaries;
  @Inject ReportText text;
  @Inject TenantContext tenant;

  private PeriodKind kind = PeriodKind.MONTH;
  private String period;
  private Long areaId;
  private List<String> periodOptions = List.of();
  private List<AreaOption> areaOptions = List.of();
  private Summary summary;

  /** An area as the filter offers it. */
  public record AreaOption(Long id, String label) {}

  @PostConstruct
  void init() {
    List<AreaOption> areas = new ArrayList<>();
    for (Area a : summaries.areas()) {
      areas.add(new AreaOption(a.getId(), a.getCode() + " " + a.getName()));
    }
    areaOptions = areas;
    chooseKind();
  }

  /** Another kind of period: the recent ones of that kind, the current one chosen. */
  public void chooseKind() {
    Period now = Period.of(today(), kind);
    List<String> options = new ArrayList<>();
    Period p = now;
    for (int n = 0; n < PERIODS_OFFERED && p != null; n++) {
      options.add(p.toString());
      p = previous(p);
    }
    periodOptions = options;
    period = now.toString();
    refresh();
  }

  /** Reads the figures again for what is chosen. */
  public void refresh() {
    if (!periodOptions.contains(period)) {
      period = periodOptions.get(0); // only the offered periods are read
    }
    Period chosen = Period.parse(period);
    if (areaId != null && summaries.area(areaId).isEmpty()) {
      areaId = null; // gone meanwhile, or never this tenant's
    }
    summary = summaries.summary(chosen.firstDay(), chosen.lastDay(), areaId);
  }

  private static Period previous(Period p) {
    LocalDate before = p.firstDay().minusDays(1);
    return before.getYear() < Period.FIRST_YEAR ? null : Period.of(before, p.kind());
  }

  private LocalDate today() {
    ZoneId zone = tenant.require().timeZone();
    return LocalDate.now(zone == null ? ZoneId.systemDefault() : zone);
  }

  public String getInspectorChart() {
    List<String> labels = new ArrayList<>();
    List<Long> planned = new ArrayList<>();
    List<Long> done = new ArrayList<>();
    for (Summary.InspectorCounts row : summary.byInspector()) {
      labels.add(inspectorName(row));
      planned.add(row.counts().planned());
      done.add(row.counts().done());
    }
    return DashboardCharts.plannedVsDone(
        labels, text.get("report.planned"), planned, text.get("report.done"), done);
  }

  public String getAreaChart() {
    List<String> labels = new ArrayList<>();
    List<Long> planned = new ArrayList<>();
    List<Long> done = new ArrayList<>();
    for (Summary.AreaCounts row : summary.byArea()) {
      labels.add(row.name());
      planned.add(row.counts().planned());
      done.add(row.counts().done());
    }
    return DashboardCharts.plannedVsDone(
        labels, text.get("report.planned"), planned, text.get("report.done"), done);
  }

  public String getBlacklistChart() {
    return DashboardCharts.line(
        summary.blacklist().weeks().stream().map(w -> w.weekEnd().toString()).toList(),
        text.get("report.blacklist.size"),
        summary.blacklist().weeks().stream().map(Summary.WeekSize::size).toList());
  }

  public String getTheftChart() {
    return DashboardCharts.bars(
        summary.theftCases().stream().map(s -> stageName(s.stage())).toList(),
        text.get("report.theft.count"),
        summary.theftCases().stream().map(Summary.StageCount::count).toList());
  }

  public String inspectorName(Summary.InspectorCounts row) {
    return row.name() != null
        ? row.name()
        : row.userId() == null ? text.get("report.unassigned") : "#" + row.userId();
  }

  public String stageName(String stage) {
    return text.get("report.stage." + stage);
  }

  /** A share as percent with one decimal, or a dash when there is nothing to share. */
  public String percent(BigDecimal share) {
    return share == null
        ? "–"
        : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  public String getExportName() {
    return "gas-dashboard-" + period + (areaId == null ? "" : "-area-" + areaId);
  }

  public PeriodKind[] getKinds() {
    return PeriodKind.values();
  }

  public PeriodKind getKind() {
    return kind;
  }

  public void setKind(PeriodKind kind) {
    this.kind = kind;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public List<String> getPeriodOptions() {
    return periodOptions;
  }

  public List<AreaOption> getAreaOptions() {
    return areaOptions;
  }

  public Summary getSummary() {
    return summary;
  }
}
