package com.opsuite.core.approval;

import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  public List<Approval> list(Box box, long userId) {
    return switch (box) {
      case PENDING ->
          em.createQuery(
                  "SELECT DISTINCT a FROM Approval a, ApprovalStep s, StepApprover r"
                      + " WHERE s.approvalId = a.id AND r.stepId = s.id"
                      + " AND a.status = :pending AND s.status = :active AND r.decision IS NULL"
                      + " AND r.userId IN :users AND a.submitterUserId <> :me"
                      + " ORDER BY a.startedAt DESC",
                  Approval.class)
              .setParameter("pending", ApprovalStatus.PENDING)
              .setParameter("active", StepStatus.ACTIVE)
              .setParameter("users", standingFor(userId))
              .setParameter("me", userId)
              .setMaxResults(MAX_RESULTS)
              .getResultList();
      case DONE ->
          em.createQuery(
                  "SELECT DISTINCT a FROM Approval a, ApprovalAction h WHERE h.approvalId = a.id"
                      + " AND h.actorUserId = :me AND h.action IN :decisions"
                      + " ORDER BY a.startedAt DESC",
                  Approval.class)
              .setParameter("me", userId)
              .setParameter(
                  "decisions", List.of(ActionKind.APPROVE, ActionKind.REJECT, ActionKind.RETURN))
              .setMaxResults(MAX_RESULTS)
              .getResultList();
      case SUBMITTED ->
          em.createQuery(
                  "SELECT a FROM Approval a WHERE a.submitterUserId = :me ORDER BY a.startedAt DESC",
                  Approval.class)
              .setParameter("me", userId)
              .setMaxResults(MAX_RESULTS)
              .getResultList();
    };
  }

  /** The user and everyone they stand in for today. */
  private List<Long> standingFor(long userId) {
    List<Long> users = new ArrayList<>(delegations.delegatorsOf(userId, LocalDate.now()));
    users.add(userId);
    return users;
  }
}
