package com.opsuite.online.campaign;

import com.opsuite.core.approval.ActionKind;
import com.opsuite.core.approval.Approval;
import com.opsuite.core.approval.Approvals;
import com.opsuite.core.approval.Outcome;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.text.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Campaigns from plan to evaluation (seed 002, activity process): the plan is reviewed through the
 * {@code online.campaign} approval and revised when returned, each version sent kept; preparation
 * tasks with owners and due dates; live figures while it runs; the evaluation with exact ROI.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Campaigns {

  static final int MAX_METRICS = 20;
  static final int MAX_KEY = 100;
  static final int MAX_LESSONS = 4000;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
  static final Pattern METRIC = Pattern.compile("[a-z][a-zA-Z0-9_-]{0,39}");

  @PersistenceContext EntityManager em;
  @Inject Approvals approvals;
  @Inject AuditLog audit;
  @Inject Validator validator;
  @Inject TenantContext tenant;

  /** One page of the list and how many rows match in all. */
  public record Page(long total, List<Campaign> rows) {}

  /** What the evaluation report records. */
  public record Evaluation(
      BigDecimal actualCost, BigDecimal actualRevenue, BigDecimal goalActual, String lessons) {}

  /** Figures stored by a post, or found stored by an earlier post with the same key. */
  public record Posted(boolean replayed, List<CampaignFigure> figures) {}

  public Page list(CampaignStatus status, String text, int first, int max) {
    String where = " WHERE 1 = 1";
    if (status != null) {
      where += " AND c.status = :status";
    }
    boolean search = text != null && !text.isBlank();
    if (search) {
      where += " AND LOWER(c.theme) LIKE :text";
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Campaign c" + where, Long.class);
    TypedQuery<Campaign> rows =
        em.createQuery(
            "SELECT c FROM Campaign c" + where + " ORDER BY c.startsOn DESC, c.id DESC",
            Campaign.class);
    if (status != null) {
      count.setParameter("status", status);
      rows.setParameter("status", status);
    }
    if (search) {
      String like = "%" + text.strip().toLowerCase().replace("%", "").replace("_", "") + "%";
      count.setParameter("text", like);
      rows.setParameter("text", like);
    }
    return new Page(
        count.getSingleResult(),
        rows.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList());
  }

  public Campaign find(long id) {
    Campaign campaign = em.find(Campaign.class, id);
    if (campaign == null) {
      throw CampaignRefused.notFound();
    }
    return campaign;
  }

  public Campaign create(CampaignPlanInput plan, long userId, String by) {
    String rules = check(plan);
    Campaign campaign = new Campaign(owner(plan.ownerId(), userId));
    campaign.plan(plan, rules);
    em.persist(campaign);
    em.flush();
    audit.record(by, "online.campaign.created", target(campaign), null, summary(campaign));
    return campaign;
  }

  /** Changes the plan while it is the planner's: a draft, or returned for revision. */
  public Campaign revise(long id, CampaignPlanInput plan, Long version, String by) {
    Campaign campaign = current(id, version);
    if (!campaign.getStatus().planEditable()) {
      throw CampaignRefused.conflict("campaign.conflict.planLocked");
    }
    String rules = check(plan);
    String before = summary(campaign);
    campaign.plan(plan, rules);
    campaign.setOwnerId(owner(plan.ownerId(), campaign.getOwnerId()));
    em.flush();
    audit.record(by, "online.campaign.revised", target(campaign), before, summary(campaign));
    return campaign;
  }

  /**
   * Sends the plan for review. A returned plan starts a fresh approval on the revised figures (the
   * returned one is withdrawn), so the chain's cost condition tests what is decided now; the plan
   * as sent is kept under its version.
   */
  public Campaign submit(long id, Long version, long userId, String by) {
    Campaign campaign = current(id, version);
    if (!campaign.getStatus().planEditable()) {
      throw CampaignRefused.conflict("campaign.conflict.notSubmittable");
    }
    if (campaign.getStatus() == CampaignStatus.REVISING && campaign.getApprovalId() != null) {
      approvals.act(campaign.getApprovalId(), ActionKind.WITHDRAW, null, null, null, userId);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("costEstimate", campaign.getCostEstimate());
    fields.put("expectedRevenue", campaign.getExpectedRevenue());
    Approval approval =
        approvals.start(
            CampaignFeature.APPROVAL_TYPE,
            "CAMPAIGN-" + campaign.getId() + "-v" + campaign.getPlanVersion(),
            campaign.getTheme(),
            fields,
            userId);
    campaign.setApprovalId(approval.getId());
    // Every step may have fallen away (nobody to ask above a head): the outcome is known at once.
    campaign.setStatus(
        switch (approval.getStatus()) {
          case APPROVED -> CampaignStatus.PREPARING;
          case REJECTED -> CampaignStatus.REJECTED;
          default -> CampaignStatus.IN_REVIEW;
        });
    em.persist(
        new CampaignPlan(
            campaign.getId(),
            campaign.getPlanVersion(),
            snapshot(campaign),
            approval.getId(),
            userId));
    em.flush();
    audit.record(by, "online.campaign.submitted", target(campaign), null, summary(campaign));
    return campaign;
  }

  /** The review ended: approved plans go to preparation, rejected ones stop. */
  public void concluded(long approvalId, Outcome outcome, String by) {
    for (Campaign campaign : byApproval(approvalId)) {
      if (campaign.getStatus() != CampaignStatus.IN_REVIEW) {
        // A returned plan's approval withdrawn on resubmission: the campaign already moved on.
        continue;
      }
      switch (outcome) {
        case APPROVED -> campaign.setStatus(CampaignStatus.PREPARING);
        case REJECTED -> campaign.setStatus(CampaignStatus.REJECTED);
        case WITHDRAWN -> reopen(campaign);
      }
      audit.record(
          by, "online.campaign." + outcome.name().toLowerCase(), target(campaign), null, null);
    }
  }

  /** The reviewer returned the plan: it is editable again, as a new version. */
  public void returned(long approvalId, String by) {
    for (Campaign campaign : byApproval(approvalId)) {
      if (campaign.getStatus() == CampaignStatus.IN_REVIEW) {
        reopen(campaign);
        audit.record(by, "online.campaign.returned", target(campaign), null, null);
      }
    }
  }

  private void reopen(Campaign campaign) {
    campaign.setStatus(CampaignStatus.REVISING);
    campaign.setPlanVersion(campaign.getPlanVersion() + 1);
  }

  private List<Campaign> byApproval(long approvalId) {
    return em.createQuery("SELECT c FROM Campaign c WHERE c.approvalId = :a", Campaign.class)
        .setParameter("a", approvalId)
        .getResultList();
  }

  /** Starts the approved campaign; unfinished tasks do not hold it back, the page shows them. */
  public Campaign start(long id, Long version, String by) {
    return move(id, version, CampaignStatus.PREPARING, CampaignStatus.RUNNING, by);
  }

  public Campaign finish(long id, Long version, String by) {
    return move(id, version, CampaignStatus.RUNNING, CampaignStatus.FINISHED, by);
  }

  private Campaign move(long id, Long version, CampaignStatus from, CampaignStatus to, String by) {
    Campaign campaign = current(id, version);
    if (campaign.getStatus() != from) {
      throw CampaignRefused.conflict("campaign.conflict.notNow", campaign.getStatus());
    }
    campaign.setStatus(to);
    if (to == CampaignStatus.RUNNING) {
      campaign.setStartedAt(Instant.now());
    } else {
      campaign.setFinishedAt(Instant.now());
    }
    em.flush();
    audit.record(
        by, "online.campaign." + to.name().toLowerCase(), target(campaign), from.name(), to.name());
    return campaign;
  }

  /**
   * The evaluation report of a finished campaign. The figure reached for the goal is the one given,
   * or else the latest reading of the goal's metric.
   */
  public Campaign evaluate(long id, Evaluation e, Long version, String by) {
    Campaign campaign = current(id, version);
    if (campaign.getStatus() != CampaignStatus.FINISHED) {
      throw CampaignRefused.conflict("campaign.conflict.notNow", campaign.getStatus());
    }
    List<CampaignRefused.FieldKey> wrong = new ArrayList<>();
    if (!amount(e.actualCost())) {
      wrong.add(new CampaignRefused.FieldKey("actualCost", "campaign.invalid.actualCost"));
    }
    if (!amount(e.actualRevenue())) {
      wrong.add(new CampaignRefused.FieldKey("actualRevenue", "campaign.invalid.actualRevenue"));
    }
    BigDecimal reached =
        e.goalActual() == null ? latest(id, campaign.getGoalMetric()) : e.goalActual();
    if (reached == null || !amount(reached)) {
      wrong.add(new CampaignRefused.FieldKey("goalActual", "campaign.invalid.goalActual"));
    }
    String lessons = e.lessons() == null ? "" : e.lessons().strip();
    if (lessons.isEmpty() || lessons.length() > MAX_LESSONS) {
      wrong.add(new CampaignRefused.FieldKey("lessons", "campaign.invalid.lessons"));
    }
    if (!wrong.isEmpty()) {
      throw CampaignRefused.invalid(wrong);
    }
    campaign.evaluate(e.actualCost(), e.actualRevenue(), reached, lessons);
    em.flush();
    audit.record(by, "online.campaign.evaluated", target(campaign), null, summary(campaign));
    return campaign;
  }

  private static boolean amount(BigDecimal v) {
    return v != null && v.signum() >= 0 && v.compareTo(MAX_AMOUNT) <= 0 && v.scale() <= 2;
  }

  private BigDecimal latest(long campaignId, String metric) {
    return em.createQuery(
            "SELECT f.value FROM CampaignFigure f WHERE f.campaignId = :c AND f.metric = :m"
                + " ORDER BY f.measuredAt DESC, f.id DESC",
            BigDecimal.class)
        .setParameter("c", campaignId)
        .setParameter("m", metric)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  // --- preparation tasks ---

  public List<CampaignTask> tasks(long campaignId) {
    return em.createQuery(
            "SELECT t FROM CampaignTask t WHERE t.campaignId = :c ORDER BY t.dueOn, t.id",
            CampaignTask.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  public CampaignTask addTask(long id, String title, Long ownerId, LocalDate dueOn, String by) {
    Campaign campaign = find(id);
    if (!campaign.getStatus().tasksOpen()) {
      throw CampaignRefused.conflict("campaign.conflict.tasksClosed");
    }
    List<CampaignRefused.FieldKey> wrong = new ArrayList<>();
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      wrong.add(new CampaignRefused.FieldKey("title", "campaign.invalid.taskTitle"));
    }
    if (ownerId == null || !activeUser(ownerId)) {
      wrong.add(new CampaignRefused.FieldKey("ownerId", "campaign.invalid.owner"));
    }
    if (dueOn == null) {
      wrong.add(new CampaignRefused.FieldKey("dueOn", "campaign.invalid.dueOn"));
    }
    if (!wrong.isEmpty()) {
      throw CampaignRefused.invalid(wrong);
    }
    CampaignTask task = new CampaignTask(id, title.strip(), ownerId, dueOn);
    em.persist(task);
    em.flush();
    audit.record(by, "online.campaign.task.added", target(campaign), null, task.getTitle());
    return task;
  }

  public CampaignTask task(long campaignId, long taskId) {
    CampaignTask task = em.find(CampaignTask.class, taskId);
    if (task == null || task.getCampaignId() != campaignId) {
      throw CampaignRefused.notFound();
    }
    return task;
  }

  public CampaignTask markTask(long id, long taskId, boolean done, Long version, String by) {
    Campaign campaign = find(id);
    CampaignTask task = task(id, taskId);
    if (version != null && version != task.getVersion()) {
      throw CampaignRefused.conflict("campaign.conflict.stale");
    }
    if (!campaign.getStatus().tasksOpen()) {
      throw CampaignRefused.conflict("campaign.conflict.tasksClosed");
    }
    task.setDone(done);
    em.flush();
    audit.record(
        by,
        done ? "online.campaign.task.done" : "online.campaign.task.reopened",
        target(campaign),
        null,
        task.getTitle());
    return task;
  }

  // --- live figures ---

  public List<CampaignFigure> figures(long campaignId) {
    return em.createQuery(
            "SELECT f FROM CampaignFigure f WHERE f.campaignId = :c ORDER BY f.measuredAt, f.id",
            CampaignFigure.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  /**
   * Records one reading of several metrics. The client's key (or, without one, the reading's time)
   * makes a repeated post harmless: the same key with the same values answers what was stored; the
   * same key with other values is refused.
   */
  public Posted postFigures(
      long id,
      String clientKey,
      Instant at,
      Map<String, BigDecimal> values,
      long userId,
      String by) {
    Campaign campaign = find(id);
    if (!campaign.getStatus().takesFigures()) {
      throw CampaignRefused.conflict("campaign.conflict.noFigures");
    }
    if (values == null || values.isEmpty() || values.size() > MAX_METRICS) {
      throw CampaignRefused.invalid("values", "campaign.invalid.values", MAX_METRICS);
    }
    Map<String, BigDecimal> sorted = new TreeMap<>();
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      if (e.getKey() == null || !METRIC.matcher(e.getKey()).matches()) {
        throw CampaignRefused.invalid(
            "values", "campaign.invalid.metric", String.valueOf(e.getKey()));
      }
      if (!amount(e.getValue())) {
        throw CampaignRefused.invalid(
            "values." + e.getKey(), "campaign.invalid.figure", e.getKey());
      }
      sorted.put(e.getKey(), e.getValue());
    }
    Instant measured = at == null ? Instant.now() : at;
    String key = clientKey == null || clientKey.isBlank() ? measured.toString() : clientKey.strip();
    if (key.length() > MAX_KEY) {
      throw CampaignRefused.invalid("key", "campaign.invalid.key", MAX_KEY);
    }
    List<CampaignFigure> earlier =
        em.createQuery(
                "SELECT f FROM CampaignFigure f WHERE f.campaignId = :c AND f.clientKey = :k"
                    + " ORDER BY f.metric",
                CampaignFigure.class)
            .setParameter("c", id)
            .setParameter("k", key)
            .getResultList();
    if (!earlier.isEmpty()) {
      Map<String, BigDecimal> stored = new TreeMap<>();
      earlier.forEach(f -> stored.put(f.getMetric(), f.getValue()));
      if (!sameValues(stored, sorted)) {
        throw CampaignRefused.conflict("campaign.conflict.keyReused", key);
      }
      return new Posted(true, earlier);
    }
    List<CampaignFigure> stored = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> e : sorted.entrySet()) {
      CampaignFigure figure =
          new CampaignFigure(id, key, e.getKey(), measured, e.getValue(), userId);
      em.persist(figure);
      stored.add(figure);
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.causes(e)) {
        // The same reading posted twice at the same moment: the other post stored it.
        throw CampaignRefused.conflict("campaign.conflict.keyReused", key);
      }
      throw e;
    }
    audit.record(by, "online.campaign.figures", target(campaign), null, key + " " + sorted);
    return new Posted(false, stored);
  }

  private static boolean sameValues(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
  }

  public List<CampaignPlan> plans(long campaignId) {
    return em.createQuery(
            "SELECT p FROM CampaignPlan p WHERE p.campaignId = :c ORDER BY p.planVersion",
            CampaignPlan.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  // --- people ---

  /** The display names of the tenant's users with these ids. */
  public Map<Long, String> names(Collection<Long> userIds) {
    Map<Long, String> names = new HashMap<>();
    Set<Long> ids = Set.copyOf(userIds.stream().filter(Objects::nonNull).toList());
    if (ids.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT u.id, u.displayName FROM UserAccount u WHERE u.id IN :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  /** The tenant's active users, by name, for choosing owners. */
  public List<UserAccount> people() {
    return em
        .createQuery(
            "SELECT u FROM UserAccount u WHERE u.active = true ORDER BY u.displayName, u.id",
            UserAccount.class)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(UserAccount::getDisplayName))
        .toList();
  }

  public LocalDate today() {
    return LocalDate.now(tenant.require().timeZone());
  }

  private boolean activeUser(long userId) {
    UserAccount user = em.find(UserAccount.class, userId);
    return user != null && user.isActive();
  }

  private long owner(Long requested, long fallback) {
    if (requested == null) {
      return fallback;
    }
    if (!activeUser(requested)) {
      throw CampaignRefused.invalid("ownerId", "campaign.invalid.owner");
    }
    return requested;
  }

  private Campaign current(long id, Long version) {
    Campaign campaign = find(id);
    if (version != null && version != campaign.getVersion()) {
      throw CampaignRefused.conflict("campaign.conflict.stale");
    }
    return campaign;
  }

  /** Bean Validation of the plan, then the rules between fields; returns the cleaned rules. */
  private String check(CampaignPlanInput plan) {
    if (plan == null) {
      throw CampaignRefused.invalid("theme", "campaign.invalid.theme");
    }
    Map<String, CampaignRefused.FieldKey> wrong = new TreeMap<>();
    for (ConstraintViolation<CampaignPlanInput> v : validator.validate(plan)) {
      String field = v.getPropertyPath().toString();
      wrong.putIfAbsent(field, new CampaignRefused.FieldKey(field, v.getMessageTemplate()));
    }
    if (plan.startsOn() != null
        && plan.endsOn() != null
        && plan.endsOn().isBefore(plan.startsOn())) {
      wrong.putIfAbsent("endsOn", new CampaignRefused.FieldKey("endsOn", "campaign.invalid.dates"));
    }
    if (!wrong.isEmpty()) {
      throw CampaignRefused.invalid(List.copyOf(wrong.values()));
    }
    return RichText.clean(plan.rules());
  }

  private static String target(Campaign c) {
    return "campaign:" + c.getId();
  }

  private static String summary(Campaign c) {
    return c.getTheme()
        + " "
        + c.getStatus()
        + " v"
        + c.getPlanVersion()
        + " cost="
        + c.getCostEstimate()
        + " revenue="
        + c.getExpectedRevenue();
  }

  private static String snapshot(Campaign c) {
    JsonObjectBuilder plan =
        Json.createObjectBuilder()
            .add("theme", c.getTheme())
            .add("goal", c.getGoal())
            .add("goalMetric", c.getGoalMetric())
            .add("goalTarget", c.getGoalTarget())
            .add("startsOn", c.getStartsOn().toString())
            .add("endsOn", c.getEndsOn().toString())
            .add("mode", c.getMode().name())
            .add("rules", c.getRules())
            .add("prizes", c.getPrizes() == null ? "" : c.getPrizes())
            .add("resources", c.getResources() == null ? "" : c.getResources())
            .add("costEstimate", c.getCostEstimate())
            .add("expectedRevenue", c.getExpectedRevenue())
            .add("ownerId", c.getOwnerId());
    return plan.build().toString();
  }
}
