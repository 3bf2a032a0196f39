package com.opsuite.core.approval;

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

  /** The newest approvals of the box, at most {@link #MAX_RESULTS}. */
  public List<Approval> list(Box box, long userId) {
    return bind(
            em.createQuery(
                "SELECT DISTINCT a" + from(box) + " ORDER BY a.startedAt DESC", Approval.class),
            box,
            userId)
        .setMaxResults(MAX_RESULTS)
        .getResultList();
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
