package com.opsuite.online.campaign;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One campaign: the plan form (a new one without an id), its review, the preparation tasks, the
 * live figures with their chart, and the evaluation with plan and outcome side by side.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Campaigns campaigns;
  @Inject transient CampaignAccess access;
  @Inject transient TenantContext tenant;

  private Long id;
  private boolean loaded;
  private Campaign campaign;
  private List<CampaignTask> tasks = List.of();
  private List<CampaignFigure> figures = List.of();
  private List<CampaignPlan> plans = List.of();
  private List<UserAccount> people = List.of();
  private Map<Long, String> names = new HashMap<>();
  private String chart;
  private LocalDate today;

  // the plan form
  private String theme;
  private String goal;
  private String goalMetric = "participants";
  private BigDecimal goalTarget;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private CampaignMode mode = CampaignMode.ONLINE;
  private String rules;
  private String prizes;
  private String resources;
  private BigDecimal costEstimate;
  private BigDecimal expectedRevenue;
  private Long ownerId;

  // the task form
  private String taskTitle;
  private Long taskOwnerId;
  private LocalDate taskDueOn;

  // the figure form
  private String figureMetric = "participants";
  private BigDecimal figureValue;

  // the evaluation form
  private BigDecimal actualCost;
  private BigDecimal actualRevenue;
  private BigDecimal goalActual;
  private String lessons;

  /** View action: reads the campaign named by {@code ?id=}; another tenant's or none is 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!access.mayRead()) {
      faces.getExternalContext().responseSendError(403, CampaignAccess.PLAN);
      faces.responseComplete();
      return;
    }
    if (loaded) {
      return;
    }
    loaded = true;
    people = campaigns.people();
    if (id == null) {
      startsOn = campaigns.today().plusDays(14);
      endsOn = startsOn.plusDays(7);
      return;
    }
    try {
      refresh(campaigns.find(id));
      fillForm();
    } catch (CampaignRefused e) {
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
    }
  }

  private void refresh(Campaign c) {
    campaign = c;
    tasks = campaigns.tasks(c.getId());
    figures = campaigns.figures(c.getId());
    plans = campaigns.plans(c.getId());
    today = campaigns.today();
    names =
        campaigns.names(
            Stream.concat(
                    Stream.of(c.getOwnerId()),
                    Stream.concat(
                        tasks.stream().map(CampaignTask::getOwnerId),
                        plans.stream().map(CampaignPlan::getAuthorId)))
                .toList());
    chart = figures.isEmpty() ? null : CampaignChart.lines(figures, tenant.require().timeZone());
  }

  private void fillForm() {
    theme = campaign.getTheme();
    goal = campaign.getGoal();
    goalMetric = campaign.getGoalMetric();
    goalTarget = campaign.getGoalTarget();
    startsOn = campaign.getStartsOn();
    endsOn = campaign.getEndsOn();
    mode = campaign.getMode();
    rules = campaign.getRules();
    prizes = campaign.getPrizes();
    resources = campaign.getResources();
    costEstimate = campaign.getCostEstimate();
    expectedRevenue = campaign.getExpectedRevenue();
    ownerId = campaign.getOwnerId();
    figureMetric = campaign.getGoalMetric();
  }

  private CampaignPlanInput planInput() {
    return new CampaignPlanInput(
        theme,
        goal,
        goalMetric,
        goalTarget,
        startsOn,
        endsOn,
        mode,
        rules,
        prizes,
        resources,
        costEstimate,
        expectedRevenue,
        ownerId);
  }

  public String save() {
    try {
      if (campaign == null) {
        Campaign created = campaigns.create(planInput(), access.me(), actor());
        return "/online-ops/campaign?faces-redirect=true&id=" + created.getId();
      }
      refresh(campaigns.revise(campaign.getId(), planInput(), campaign.getVersion(), actor()));
      fillForm();
      CampaignPageMessages.info("campaign.page.saved");
    } catch (CampaignRefused e) {
      CampaignPageMessages.refused(e, "plan:");
    } catch (OptimisticLockException e) {
      CampaignPageMessages.refused(CampaignRefused.conflict("campaign.conflict.stale"), "plan:");
    }
    return null;
  }

  public void submit() {
    act(
        () -> campaigns.submit(campaign.getId(), campaign.getVersion(), access.me(), actor()),
        "campaign.page.submitted");
  }

  public void start() {
    act(
        () -> campaigns.start(campaign.getId(), campaign.getVersion(), actor()),
        "campaign.page.started");
  }

  public void finish() {
    act(
        () -> campaigns.finish(campaign.getId(), campaign.getVersion(), actor()),
        "campaign.page.finished");
  }

  public void evaluate() {
    act(
        () ->
            campaigns.evaluate(
                campaign.getId(),
                new Campaigns.Evaluation(actualCost, actualRevenue, goalActual, lessons),
                campaign.getVersion(),
                actor()),
        "campaign.page.evaluated");
  }

  private void act(Supplier<Campaign> action, String doneKey) {
    try {
      refresh(action.get());
      fillForm();
      CampaignPageMessages.info(doneKey);
    } catch (CampaignRefused e) {
      CampaignPageMessages.refused(e, "work:");
      reload();
    }
  }

  public void addTask() {
    try {
      campaigns.addTask(campaign.getId(), taskTitle, taskOwnerId, taskDueOn, actor());
      taskTitle = null;
      taskDueOn = null;
      CampaignPageMessages.info("campaign.page.taskAdded");
    } catch (CampaignRefused e) {
      CampaignPageMessages.refused(e, "work:task-");
    }
    reload();
  }

  public void toggleTask(CampaignTask task) {
    try {
      access.requireTask(task);
      campaigns.markTask(
          campaign.getId(), task.getId(), !task.isDone(), task.getVersion(), actor());
    } catch (CampaignRefused e) {
      CampaignPageMessages.refused(e, "work:");
    }
    reload();
  }

  /** A reading entered by hand: one metric, now. */
  public void addFigure() {
    try {
      if (figureMetric == null || figureMetric.isBlank() || figureValue == null) {
        throw CampaignRefused.invalid("value", "campaign.invalid.figure", figureMetric);
      }
      campaigns.postFigures(
          campaign.getId(),
          null,
          null,
          Map.of(figureMetric.strip(), figureValue),
          access.me(),
          actor());
      figureValue = null;
      CampaignPageMessages.info("campaign.page.figureAdded");
    } catch (CampaignRefused e) {
      CampaignPageMessages.refused(e, "work:figure-");
    }
    reload();
  }

  private void reload() {
    try {
      refresh(campaigns.find(campaign.getId()));
    } catch (CampaignRefused e) {
      campaign = null;
    }
  }

  private String actor() {
    return access.actor();
  }

  // --- what the page shows ---

  public boolean isExisting() {
    return campaign != null;
  }

  public boolean isPlanEditable() {
    return access.mayPlan() && (campaign == null || campaign.getStatus().planEditable());
  }

  public boolean overdue(CampaignTask task) {
    return today != null && task.overdueOn(today);
  }

  public long getOverdueCount() {
    return tasks.stream().filter(this::overdue).count();
  }

  public String name(Long userId) {
    return names.getOrDefault(userId, "");
  }

  /** The latest reading of each metric, for the figures shown as numbers. */
  public List<Map.Entry<String, BigDecimal>> getLatest() {
    Map<String, BigDecimal> latest = new TreeMap<>();
    figures.forEach(f -> latest.put(f.getMetric(), f.getValue()));
    return List.copyOf(latest.entrySet());
  }

  public CampaignMode[] getModes() {
    return CampaignMode.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public List<CampaignTask> getTasks() {
    return tasks;
  }

  public List<CampaignFigure> getFigures() {
    return figures;
  }

  public List<CampaignPlan> getPlans() {
    return plans;
  }

  public List<UserAccount> getPeople() {
    return people;
  }

  public String getChart() {
    return chart;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public String getGoalMetric() {
    return goalMetric;
  }

  public void setGoalMetric(String goalMetric) {
    this.goalMetric = goalMetric;
  }

  public BigDecimal getGoalTarget() {
    return goalTarget;
  }

  public void setGoalTarget(BigDecimal goalTarget) {
    this.goalTarget = goalTarget;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public CampaignMode getMode() {
    return mode;
  }

  public void setMode(CampaignMode mode) {
    this.mode = mode;
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String rules) {
    this.rules = rules;
  }

  public String getPrizes() {
    return prizes;
  }

  public void setPrizes(String prizes) {
    this.prizes = prizes;
  }

  public String getResources() {
    return resources;
  }

  public void setResources(String resources) {
    this.resources = resources;
  }

  public BigDecimal getCostEstimate() {
    return costEstimate;
  }

  public void setCostEstimate(BigDecimal costEstimate) {
    this.costEstimate = costEstimate;
  }

  public BigDecimal getExpectedRevenue() {
    return expectedRevenue;
  }

  public void setExpectedRevenue(BigDecimal expectedRevenue) {
    this.expectedRevenue = expectedRevenue;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public String getTaskTitle() {
    return taskTitle;
  }

  public void setTaskTitle(String taskTitle) {
    this.taskTitle = taskTitle;
  }

  public Long getTaskOwnerId() {
    return taskOwnerId;
  }

  public void setTaskOwnerId(Long taskOwnerId) {
    this.taskOwnerId = taskOwnerId;
  }

  public LocalDate getTaskDueOn() {
    return taskDueOn;
  }

  public void setTaskDueOn(LocalDate taskDueOn) {
    this.taskDueOn = taskDueOn;
  }

  public String getFigureMetric() {
    return figureMetric;
  }

  public void setFigureMetric(String figureMetric) {
    this.figureMetric = figureMetric;
  }

  public BigDecimal getFigureValue() {
    return figureValue;
  }

  public void setFigureValue(BigDecimal figureValue) {
    this.figureValue = figureValue;
  }

  public BigDecimal getActualCost() {
    return actualCost;
  }

  public void setActualCost(BigDecimal actualCost) {
    this.actualCost = actualCost;
  }

  public BigDecimal getActualRevenue() {
    return actualRevenue;
  }

  public void setActualRevenue(BigDecimal actualRevenue) {
    this.actualRevenue = actualRevenue;
  }

  public BigDecimal getGoalActual() {
    return goalActual;
  }

  public void setGoalActual(BigDecimal goalActual) {
    this.goalActual = goalActual;
  }

  public String getLessons() {
    return lessons;
  }

  public void setLessons(String lessons) {
    this.lessons = lessons;
  }
}
