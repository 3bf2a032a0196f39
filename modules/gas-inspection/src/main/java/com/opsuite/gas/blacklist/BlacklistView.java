package com.opsuite.gas.blacklist;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.GasTexts;
import com.opsuite.gas.task.BarChart;
import com.opsuite.gas.task.TaskReassignment;
import com.opsuite.gas.task.WorklistChoices;
import com.opsuite.gas.task.WorklistRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The blacklist page: the current list a page at a time, filtered by area, assignee and words;
 * reassigning an audit task; the leavers with their reasons; the size week by week; a run now.
 */
@Named
@ViewScoped
@RequiresPermission("gas.inspection.assign")
public class BlacklistView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Assignee filter value for tasks nobody has. */
  public static final long UNASSIGNED = -1;

  @Inject transient BlacklistQueries queries;
  @Inject transient BlacklistJob job;
  @Inject transient TaskReassignment reassignment;
  @Inject transient WorklistChoices choices;
  @Inject transient TenantContext tenant;
  @Inject transient CallerPermissions caller;

  private Long areaId;
  private Long assigneeId;
  private String q;
  private List<WorklistChoices.Choice> areas = List.of();
  private List<WorklistChoices.Choice> inspectors = List.of();
  private List<BlacklistQueries.Row> leavers = List.of();
  private String chart;
  private BlacklistQueries.Row moving;
  private Long newAssignee;
  private final Listed listed = new Listed();

  @PostConstruct
  void init() {
    areas = choices.areas();
    inspectors = choices.inspectors();
    refresh();
  }

  /** Reads the leavers and the trend again (the list reads itself page by page). */
  public void refresh() {
    LocalDate today = LocalDate.now(tenant.require().timeZone());
    leavers = queries.leavers(today.minusDays(90), 500);
    List<BlacklistQueries.WeekSize> weeks = queries.trend(today, 12);
    chart =
        BarChart.json(
            "line",
            weeks.stream().map(w -> w.weekEnd().toString()).toList(),
            List.of(
                new BarChart.Series(
                    text("blacklist.trend.size"),
                    weeks.stream().map(BlacklistQueries.WeekSize::size).toList())));
  }

  public void runNow() {
    RunCounts counts = job.runNow();
    info("blacklist.run.done", counts.listed(), counts.left(), counts.assigned(), counts.tookMs());
    refresh();
  }

  public void startMove(BlacklistQueries.Row row) {
    moving = row;
    newAssignee = row.assigneeId();
  }

  public void move() {
    if (moving == null || moving.taskId() == null) {
      return;
    }
    try {
      reassignment.reassign(moving.taskId(), newAssignee, moving.taskVersion(), by());
      info("blacklist.moved", moving.customerNo());
      moving = null;
    } catch (WorklistRefusedException e) {
      error(e.messageKey(), e.args());
    } catch (OptimisticLockException e) {
      error("worklist.changedMeanwhile");
    }
  }

  private String by() {
    return caller.caller().map(c -> c.getName()).orElse("anonymous");
  }

  private void info(String key, Object... args) {
    message(FacesMessage.SEVERITY_INFO, key, args);
  }

  private void error(String key, Object... args) {
    message(FacesMessage.SEVERITY_ERROR, key, args);
  }

  private void message(FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }

  private static String text(String key, Object... args) {
    return GasTexts.text(locale(), key, args);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String exportName() {
    return "blacklist-" + LocalDate.now(tenant.require().timeZone());
  }

  /** The current list, read a page at a time with the filters chosen. */
  public class Listed extends LazyDataModel<BlacklistQueries.Row> {

    private static final long serialVersionUID = 1L;

    private BlacklistQueries.Filter filter() {
      boolean unassigned = assigneeId != null && assigneeId == UNASSIGNED;
      return new BlacklistQueries.Filter(areaId, unassigned ? null : assigneeId, unassigned, q);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) queries.listed(filter(), 0, 0).total();
    }

    @Override
    public List<BlacklistQueries.Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return queries.listed(filter(), first, pageSize).rows();
    }

    @Override
    public String getRowKey(BlacklistQueries.Row row) {
      return String.valueOf(row.entryId());
    }

    @Override
    public BlacklistQueries.Row getRowData(String rowKey) {
      return null;
    }
  }

  public Listed getListed() {
    return listed;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<WorklistChoices.Choice> getAreas() {
    return areas;
  }

  public List<WorklistChoices.Choice> getInspectors() {
    return inspectors;
  }

  public List<BlacklistQueries.Row> getLeavers() {
    return leavers;
  }

  public String getChart() {
    return chart;
  }

  public BlacklistQueries.Row getMoving() {
    return moving;
  }

  public Long getNewAssignee() {
    return newAssignee;
  }

  public void setNewAssignee(Long newAssignee) {
    this.newAssignee = newAssignee;
  }

  public long getUnassigned() {
    return UNASSIGNED;
  }
}
