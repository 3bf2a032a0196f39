package com.opsuite.online.campaign;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign (activity): its plan with a quantified goal and the money it expects to spend and
 * earn, where it is in its life, and its evaluation. The plan as sent for each review is kept as a
 * {@link CampaignPlan}.
 */
@Entity
@Table(name = "online_campaign")
public class Campaign extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_campaign_seq",
      sequenceName = "online_campaign_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_campaign_seq")
  private Long id;

  @Column(nullable = false)
  private String theme;

  @Column(nullable = false)
  private String goal;

  @Column(name = "goal_metric", nullable = false)
  private String goalMetric;

  @Column(name = "goal_target", nullable = false)
  private BigDecimal goalTarget;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CampaignMode mode;

  @Column(nullable = false)
  private String rules = "";

  private String prizes;

  private String resources;

  @Column(name = "cost_estimate", nullable = false)
  private BigDecimal costEstimate;

  @Column(name = "expected_revenue", nullable = false)
  private BigDecimal expectedRevenue;

  @Column(name = "owner_id", nullable = false)
  private Long ownerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CampaignStatus status = CampaignStatus.DRAFT;

  @Column(name = "plan_version", nullable = false)
  private int planVersion = 1;

  @Column(name = "approval_id")
  private Long approvalId;

  @Column(name = "actual_cost")
  private BigDecimal actualCost;

  @Column(name = "actual_revenue")
  private BigDecimal actualRevenue;

  @Column(name = "goal_actual")
  private BigDecimal goalActual;

  private String lessons;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "evaluated_at")
  private Instant evaluatedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected Campaign() {}

  public Campaign(Long ownerId) {
    this.ownerId = ownerId;
  }

  /** Takes the plan's fields; the caller has checked them. */
  void plan(CampaignPlanInput p, String cleanRules) {
    theme = p.theme().strip();
    goal = p.goal().strip();
    goalMetric = p.goalMetric().strip();
    goalTarget = p.goalTarget();
    startsOn = p.startsOn();
    endsOn = p.endsOn();
    mode = p.mode();
    rules = cleanRules == null ? "" : cleanRules;
    prizes = blankToNull(p.prizes());
    resources = blankToNull(p.resources());
    costEstimate = p.costEstimate();
    expectedRevenue = p.expectedRevenue();
    updatedAt = Instant.now();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public String getTheme() {
    return theme;
  }

  public String getGoal() {
    return goal;
  }

  public String getGoalMetric() {
    return goalMetric;
  }

  public BigDecimal getGoalTarget() {
    return goalTarget;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public CampaignMode getMode() {
    return mode;
  }

  public String getRules() {
    return rules;
  }

  public String getPrizes() {
    return prizes;
  }

  public String getResources() {
    return resources;
  }

  public BigDecimal getCostEstimate() {
    return costEstimate;
  }

  public BigDecimal getExpectedRevenue() {
    return expectedRevenue;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  void setStatus(CampaignStatus status) {
    this.status = status;
    this.updatedAt = Instant.now();
  }

  public int getPlanVersion() {
    return planVersion;
  }

  void setPlanVersion(int planVersion) {
    this.planVersion = planVersion;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  void setApprovalId(Long approvalId) {
    this.approvalId = approvalId;
  }

  public BigDecimal getActualCost() {
    return actualCost;
  }

  public BigDecimal getActualRevenue() {
    return actualRevenue;
  }

  public BigDecimal getGoalActual() {
    return goalActual;
  }

  public String getLessons() {
    return lessons;
  }

  void evaluate(BigDecimal cost, BigDecimal revenue, BigDecimal goalReached, String lessons) {
    this.actualCost = cost;
    this.actualRevenue = revenue;
    this.goalActual = goalReached;
    this.lessons = lessons;
    this.evaluatedAt = Instant.now();
    setStatus(CampaignStatus.EVALUATED);
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }

  public Instant getEvaluatedAt() {
    return evaluatedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  /** (revenue - cost) / cost as planned; none when nothing is to be spent. */
  public BigDecimal getExpectedRoi() {
    return Roi.of(expectedRevenue, costEstimate);
  }

  /** (revenue - cost) / cost as it came out; none before the evaluation or when it cost nothing. */
  public BigDecimal getRoi() {
    return Roi.of(actualRevenue, actualCost);
  }

  /** Whether the figure reached for the goal's metric met its target; null before evaluation. */
  public Boolean getGoalMet() {
    return goalActual == null ? null : goalActual.compareTo(goalTarget) >= 0;
  }
}
