package com.opsuite.gas.plan;

import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.GasTexts;
import com.opsuite.gas.task.BarChart;
import com.opsuite.gas.task.WorklistRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan page: generate a year's planned inspections, and see per area and inspector what was
 * planned, what was due so far and what was done, with the overdue customers; exported to Excel.
 */
@Named
@ViewScoped
@RequiresPermission("gas.inspection.assign")
public class PlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AnnualPlan plan;
  @Inject transient PlanCoverage coverage;
  @Inject transient TenantContext tenant;

  private int year;
  private PlanCoverage.Coverage shown;
  private String chart;

  @PostConstruct
  void init() {
    year = today().getYear();
    refresh();
  }

  public void refresh() {
    shown = coverage.of(year, today());
    List<PlanCoverage.AreaLine> areas = shown.areas();
    chart =
        BarChart.json(
            "bar",
            areas.stream().map(PlanCoverage.AreaLine::areaName).toList(),
            List.of(
                new BarChart.Series(
                    text("plan.planned"),
                    areas.stream().map(PlanCoverage.AreaLine::planned).toList()),
                new BarChart.Series(
                    text("plan.due"), areas.stream().map(PlanCoverage.AreaLine::dueSoFar).toList()),
                new BarChart.Series(
                    text("plan.done"), areas.stream().map(PlanCoverage.AreaLine::done).toList())));
  }

  public void generate() {
    try {
      AnnualPlan.PlanCounts counts = plan.generate(year);
      message(
          FacesMessage.SEVERITY_INFO,
          "plan.generated",
          counts.year(),
          counts.rounds(),
          counts.created(),
          counts.assigned(),
          counts.keyRounds());
    } catch (WorklistRefusedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.args());
    }
    refresh();
  }

  public List<Integer> getYears() {
    int now = today().getYear();
    return List.of(now - 1, now, now + 1);
  }

  private LocalDate today() {
    return LocalDate.now(tenant.require().timeZone());
  }

  private static String text(String key, Object... args) {
    return GasTexts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
  }

  private static void message(FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public PlanCoverage.Coverage getCoverage() {
    return shown;
  }

  public String getChart() {
    return chart;
  }
}
