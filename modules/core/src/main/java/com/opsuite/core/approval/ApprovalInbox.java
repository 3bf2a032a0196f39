package com.opsuite.core.approval;

import com.opsuite.core.persistence.Like;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A user's approvals: waiting for them (or for someone they stand in for), done, submitted. */
@ApplicationScoped
@Transactional
@TenantBound
public class ApprovalInbox {

  static final int MAX_RESULTS = 200;

  /** The three boxes. */
  public enum Box {
    PENDING,
    DONE,
    SUBMITTED
  }

  @PersistenceContext EntityManager em;
  @Inject Delegations delegations;

  /**
   * What narrows a box: a document type, words found in the title or the document reference; blank
   * means everything.
   */
  public record Filter(String type, String text) {
    public static final Filter NONE = new Filter(null, null);

    boolean byType() {
      return type != null && !type.isBlank();
    }

    boolean byText() {
      return text != null && !text.isBlank();
    }
  }

  /** The newest approvals of the box, at most {@link #MAX_RESULTS}. */
  public List<Approval> list(Box box, long userId) {
    return list(box, userId, Filter.NONE);
  }

  /** The newest approvals of the box the filter lets through, at most {@link #MAX_RESULTS}. */
  public List<Approval> list(Box box, long userId, Filter filter) {
    String where =
        (filter.byType() ? " AND a.docType = :type" : "")
            + (filter.byText()
                ? " AND (LOWER(a.title) LIKE :text"
                    + Like.ESCAPE
                    + " OR LOWER(a.documentRef) LIKE :text"
                    + Like.ESCAPE
                    + ")"
                : "");
    TypedQuery<Approval> query =
        bind(
            em.createQuery(
                "SELECT DISTINCT a" + from(box) + where + " ORDER BY a.startedAt DESC",
                Approval.class),
            box,
            userId);
    if (filter.byType()) {
      query.setParameter("type", filter.type().strip());
    }
    if (filter.byText()) {
      query.setParameter("text", Like.containing(filter.text()));
    }
    return query.setMaxResults(MAX_RESULTS).getResultList();
  }

  /** How many approvals the box holds: one count query, for badges and tabs. */
  public int count(Box box, long userId) {
    return bind(em.createQuery("SELECT COUNT(DISTINCT a.id)" + from(box), Long.class), box, userId)
        .getSingleResult()
        .intValue();
  }

  private static String from(Box box) {
    return switch (box) {
      case PENDING ->
          " FROM Approval a, ApprovalStep s, StepApprover r"
              + " WHERE s.approvalId = a.id AND r.stepId = s.id"
              + " AND a.status = :pending AND s.status = :active AND r.decision IS NULL"
              + " AND r.userId IN :users AND a.submitterUserId <> :me"
              // a row escalation added is moot once the late approver decided
              + " AND (r.standsForId IS NULL OR EXISTS (SELECT o.id FROM StepApprover o"
              + " WHERE o.id = r.standsForId AND o.decision IS NULL))";
      case DONE ->
          " FROM Approval a, ApprovalAction h WHERE h.approvalId = a.id"
              + " AND h.actorUserId = :me AND h.action IN :decisions";
      case SUBMITTED -> " FROM Approval a WHERE a.submitterUserId = :me";
    };
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, Box box, long userId) {
    query.setParameter("me", userId);
    switch (box) {
      case PENDING ->
          query
              .setParameter("pending", ApprovalStatus.PENDING)
              .setParameter("active", StepStatus.ACTIVE)
              .setParameter("users", standingFor(userId));
      case DONE ->
          query.setParameter(
              "decisions", List.of(ActionKind.APPROVE, ActionKind.REJECT, ActionKind.RETURN));
      case SUBMITTED -> {
        // only the submitter
      }
    }
    return query;
  }

  /** The user and everyone they stand in for today. */
  private List<Long> standingFor(long userId) {
    List<Long> users = new ArrayList<>(delegations.delegatorsOf(userId, LocalDate.now()));
    users.add(userId);
    return users;
  }
}
