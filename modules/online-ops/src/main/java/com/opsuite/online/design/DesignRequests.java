package com.opsuite.online.design;

import com.opsuite.core.approval.Approval;
import com.opsuite.core.approval.ApprovalStatus;
import com.opsuite.core.approval.Approvals;
import com.opsuite.core.approval.Outcome;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.org.OrgUnits;
import com.opsuite.core.org.Position;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.online.budget.BudgetCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Design requests from the form to the goods received (the seed's 平面设计管理 steps 1-10): each step is
 * taken only from the status before it (409 otherwise, and 409 for a stale version), by the one
 * whose task it is. The approvals move the request through {@link DesignDecisions}.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DesignRequests {

  public static final String MANAGE = "online.design.manage";
  public static final String REQUEST = "online.design.request";
  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 2000;
  static final int MAX_SPECS = 20000;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

  @PersistenceContext EntityManager em;
  @Inject Approvals approvals;
  @Inject OrgUnits units;
  @Inject ReportingLines lines;
  @Inject AuditLog audit;

  /** What the requesting department fills in. */
  public record Form(
      String title,
      Long departmentId,
      String purpose,
      String specs,
      LocalDate deadline,
      BudgetCategory category) {}

  /** A filtered page of requests, newest first, and how many match. */
  public record Page(List<DesignRequest> rows, long total) {}

  public Page list(DesignStatus status, Long departmentId, int first, int max) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (status != null) {
      where.append(" AND r.status = :status");
    }
    if (departmentId != null) {
      where.append(" AND r.departmentId = :department");
    }
    TypedQuery<DesignRequest> rows =
        em.createQuery(
            "SELECT r FROM DesignRequest r" + where + " ORDER BY r.createdAt DESC, r.id DESC",
            DesignRequest.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(r) FROM DesignRequest r" + where, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (status != null) {
        q.setParameter("status", status);
      }
      if (departmentId != null) {
        q.setParameter("department", departmentId);
      }
    }
    return new Page(
        rows.setFirstResult(Math.max(0, first)).setMaxResults(bounded(max)).getResultList(),
        count.getSingleResult());
  }

  public DesignRequest find(long id) {
    DesignRequest request = em.find(DesignRequest.class, id);
    if (request == null) {
      throw DesignRefusedException.notFound();
    }
    return request;
  }

  public List<DesignEvent> eventsOf(long requestId) {
    return em.createQuery(
            "SELECT e FROM DesignEvent e WHERE e.requestId = :id ORDER BY e.at, e.id",
            DesignEvent.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  /** The units a request may come from: departments and groups of the tenant, by name. */
  public List<OrgUnit> departments() {
    return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name, u.id", OrgUnit.class)
        .getResultList();
  }

  /** The names of the units, for a page of the list: one query, not one per request. */
  public Map<Long, String> departmentNames(Collection<Long> unitIds) {
    return units.namesOf(unitIds);
  }

  public String departmentName(Long unitId) {
    OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
    return unit == null ? "" : unit.getName();
  }

  public String userName(Long userId) {
    UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
    return user == null ? "" : user.getDisplayName();
  }

  /** The people a designer may be chosen from: the tenant's active users, by name. */
  public List<UserAccount> users() {
    return em.createQuery(
            "SELECT u FROM UserAccount u ORDER BY u.displayName, u.id", UserAccount.class)
        .getResultList();
  }

  /**
   * Files the form and sends it to the requesting department's head for signing. Without a
   * department the requester's own unit is taken.
   */
  public DesignRequest submit(Form form, long requesterUserId, String by) {
    if (form == null) {
      throw DesignRefusedException.invalid("title", "design.title.required");
    }
    String title = text("title", form.title(), MAX_TITLE, "design.title");
    String purpose = text("purpose", form.purpose(), MAX_TEXT, "design.purpose");
    String specs = text("specs", form.specs(), MAX_SPECS, "design.specs");
    if (form.deadline() == null) {
      throw DesignRefusedException.invalid("deadline", "design.deadline.required");
    }
    if (form.deadline().isBefore(LocalDate.now())) {
      throw DesignRefusedException.invalid("deadline", "design.deadline.past");
    }
    Long department = form.departmentId() == null ? ownUnit(requesterUserId) : form.departmentId();
    if (department == null || em.find(OrgUnit.class, department) == null) {
      throw DesignRefusedException.invalid("departmentId", "design.department.unknown");
    }
    DesignRequest request =
        new DesignRequest(
            title,
            department,
            requesterUserId,
            purpose,
            specs,
            form.deadline(),
            form.category() == null ? BudgetCategory.CONTENT_PRODUCTION : form.category());
    em.persist(request);
    em.flush();
    Approval approval =
        approvals.start(
            DesignFeature.REQUEST,
            ref(request),
            bounded(ref(request) + " " + title),
            Map.of("department", departmentName(department)),
            requesterUserId);
    request.setApprovalId(approval.getId());
    log(request, DesignStatus.SIGNING, null, by);
    if (approval.getStatus() == ApprovalStatus.APPROVED) {
      moved(request, DesignStatus.SCHEDULING, null, by);
    }
    em.flush();
    return request;
  }

  /** The operations head assigns a designer to a signed request. */
  public DesignRequest schedule(long id, Long designerUserId, Long version, String by) {
    DesignRequest request = current(id, version, DesignStatus.SCHEDULING);
    if (designerUserId == null || em.find(UserAccount.class, designerUserId) == null) {
      throw DesignRefusedException.invalid("designerId", "design.designer.unknown");
    }
    request.setDesignerId(designerUserId);
    moved(request, DesignStatus.DESIGNING, userName(designerUserId), by);
    return request;
  }

  /** The designer hands the finished design to the requester. */
  public DesignRequest deliver(
      long id, String note, Long version, long callerUserId, boolean manager, String by) {
    DesignRequest request = current(id, version, DesignStatus.DESIGNING);
    requireDesigner(request, callerUserId, manager);
    request.setDeliveryNote(optional("note", note));
    moved(request, DesignStatus.DELIVERED, request.getDeliveryNote(), by);
    return request;
  }

  /**
   * The requester accepts the design, which goes to the general manager for confirmation, or sends
   * it back to the designer with the reason.
   */
  public DesignRequest review(
      long id, boolean accept, String note, Long version, long callerUserId, String by) {
    DesignRequest request = current(id, version, DesignStatus.DELIVERED);
    if (request.getRequesterId() != callerUserId) {
      throw new DesignRefusedException(403, null, "design.review.notRequester");
    }
    String reason = optional("note", note);
    if (!accept) {
      if (reason == null) {
        throw DesignRefusedException.invalid("note", "design.sendBack.reason");
      }
      moved(request, DesignStatus.DESIGNING, reason, by);
      return request;
    }
    Approval approval =
        approvals.start(
            DesignFeature.CONFIRMATION,
            ref(request),
            bounded(ref(request) + " " + request.getTitle()),
            Map.of("department", departmentName(request.getDepartmentId())),
            callerUserId);
    request.setApprovalId(approval.getId());
    moved(request, DesignStatus.CONFIRMING, reason, by);
    if (approval.getStatus() == ApprovalStatus.APPROVED) {
      moved(request, DesignStatus.CONFIRMED, null, by);
    }
    return request;
  }

  /** The designer orders production of the confirmed design, with the estimated cost. */
  public DesignRequest order(
      long id, BigDecimal estimate, Long version, long callerUserId, boolean manager, String by) {
    DesignRequest request = current(id, version, DesignStatus.CONFIRMED);
    requireDesigner(request, callerUserId, manager);
    request.setCostEstimate(amount("costEstimate", estimate));
    moved(request, DesignStatus.ORDERED, request.getCostEstimate().toPlainString(), by);
    return request;
  }

  /** The goods arrived: the actual cost and the day, which decides the month it is settled in. */
  public DesignRequest receive(
      long id,
      BigDecimal actualCost,
      LocalDate receivedOn,
      Long version,
      long callerUserId,
      boolean manager,
      String by) {
    DesignRequest request = current(id, version, DesignStatus.ORDERED);
    requireDesigner(request, callerUserId, manager);
    BigDecimal cost = amount("actualCost", actualCost);
    if (receivedOn == null) {
      throw DesignRefusedException.invalid("receivedOn", "design.receivedOn.required");
    }
    if (receivedOn.isAfter(LocalDate.now())) {
      throw DesignRefusedException.invalid("receivedOn", "design.receivedOn.future");
    }
    request.setActualCost(cost);
    request.setReceivedOn(receivedOn);
    moved(request, DesignStatus.RECEIVED, cost.toPlainString(), by);
    return request;
  }

  /** The request's signing or confirmation ended: the request follows, in the same transaction. */
  public void decided(long approvalId, Outcome outcome, String by) {
    List<DesignRequest> found =
        em.createQuery(
                "SELECT r FROM DesignRequest r WHERE r.approvalId = :approval", DesignRequest.class)
            .setParameter("approval", approvalId)
            .getResultList();
    for (DesignRequest request : found) {
      boolean approved = outcome == Outcome.APPROVED;
      if (request.getStatus() == DesignStatus.SIGNING) {
        moved(request, approved ? DesignStatus.SCHEDULING : DesignStatus.REJECTED, null, by);
      } else if (request.getStatus() == DesignStatus.CONFIRMING) {
        // A design the general manager does not confirm goes back to its designer.
        moved(request, approved ? DesignStatus.CONFIRMED : DesignStatus.DESIGNING, null, by);
      }
    }
  }

  public void moved(DesignRequest request, DesignStatus next, String note, String by) {
    request.moveTo(next);
    em.flush();
    log(request, next, note, by);
  }

  static String ref(DesignRequest request) {
    return "DR-" + request.getId();
  }

  private Long ownUnit(long userId) {
    return lines
        .staffOfUser(userId)
        .map(StaffMember::getId)
        .flatMap(staff -> lines.positionsOf(staff, LocalDate.now()).stream().findFirst())
        .map(Position::getUnitId)
        .orElse(null);
  }

  private DesignRequest current(long id, Long version, DesignStatus expected) {
    DesignRequest request = find(id);
    if (version != null && version != request.getVersion()) {
      throw DesignRefusedException.conflict("design.stale");
    }
    if (request.getStatus() != expected) {
      throw DesignRefusedException.conflict("design.notNow", request.getStatus(), expected);
    }
    return request;
  }

  private static void requireDesigner(DesignRequest request, long callerUserId, boolean manager) {
    if (!manager && (request.getDesignerId() == null || request.getDesignerId() != callerUserId)) {
      throw new DesignRefusedException(403, null, "design.notDesigner");
    }
  }

  static BigDecimal amount(String field, BigDecimal value) {
    if (value == null
        || value.signum() < 0
        || value.compareTo(MAX_AMOUNT) > 0
        || value.stripTrailingZeros().scale() > 2) {
      throw DesignRefusedException.invalid(field, "design.amount.range");
    }
    return value.setScale(2);
  }

  private static String text(String field, String value, int max, String key) {
    if (value == null || value.isBlank()) {
      throw DesignRefusedException.invalid(field, key + ".required");
    }
    if (value.strip().length() > max) {
      throw DesignRefusedException.invalid(field, "design.tooLong", max);
    }
    return value.strip();
  }

  private static String optional(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > MAX_TEXT) {
      throw DesignRefusedException.invalid(field, "design.tooLong", MAX_TEXT);
    }
    return value.strip();
  }

  private static String bounded(String title) {
    return title.length() > 200 ? title.substring(0, 200) : title;
  }

  private static int bounded(int max) {
    return max <= 0 ? 25 : Math.min(max, 200);
  }

  private void log(DesignRequest request, DesignStatus status, String note, String by) {
    em.persist(new DesignEvent(request.getId(), status, note, by));
    audit.record(
        by,
        "online.design." + status.name().toLowerCase(),
        "design-request:" + request.getId(),
        null,
        ref(request) + " " + status + (note == null ? "" : " " + note));
  }
}
