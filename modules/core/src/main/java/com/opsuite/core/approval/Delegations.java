package com.opsuite.core.approval;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Time-boxed delegations: while one runs, the delegate sees the delegator's pending approvals and
 * acts on them, recorded as done by the delegate on the delegator's behalf.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Delegations {

  static final int MAX_DAYS = 366;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public Delegation create(
      long fromUserId, Long toUserId, LocalDate startsOn, LocalDate endsOn, String by) {
    if (toUserId == null) {
      throw InvalidInputException.of("toUserId", "approval.delegation.toRequired");
    }
    UserAccount to = em.find(UserAccount.class, toUserId);
    if (to == null || !to.isActive()) {
      throw InvalidInputException.of("toUserId", "approval.delegation.toUnknown");
    }
    if (toUserId == fromUserId) {
      throw InvalidInputException.of("toUserId", "approval.delegation.self");
    }
    if (startsOn == null || endsOn == null) {
      throw InvalidInputException.of("endsOn", "approval.delegation.periodRequired");
    }
    if (endsOn.isBefore(startsOn) || endsOn.isBefore(LocalDate.now())) {
      throw InvalidInputException.of("endsOn", "approval.delegation.badPeriod");
    }
    if (startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
      throw InvalidInputException.of("endsOn", "approval.delegation.tooLong", MAX_DAYS);
    }
    Delegation delegation = new Delegation(fromUserId, toUserId, startsOn, endsOn);
    em.persist(delegation);
    em.flush();
    audit.record(
        by,
        "approval.delegation.created",
        "user:" + fromUserId,
        null,
        "to user:" + toUserId + " " + startsOn + ".." + endsOn);
    return delegation;
  }

  /** Ends a delegation early; only the one who gave it may. */
  public void revoke(long id, long byUserId, String by) {
    Delegation delegation = em.find(Delegation.class, id);
    if (delegation == null || delegation.getFromUserId() != byUserId) {
      throw ApprovalRefusedException.notFound();
    }
    if (!delegation.isRevoked()) {
      delegation.revoke();
      audit.record(by, "approval.delegation.revoked", "user:" + byUserId, null, "delegation:" + id);
    }
  }

  /** Delegations the user gave or received, newest first. */
  public List<Delegation> of(long userId) {
    return em.createQuery(
            "SELECT d FROM Delegation d WHERE d.fromUserId = :user OR d.toUserId = :user"
                + " ORDER BY d.startsOn DESC, d.id DESC",
            Delegation.class)
        .setParameter("user", userId)
        .getResultList();
  }

  /** The users who let this one act for them on the day. */
  public List<Long> delegatorsOf(long userId, LocalDate day) {
    return em.createQuery(
            "SELECT DISTINCT d.fromUserId FROM Delegation d WHERE d.toUserId = :user"
                + " AND d.revoked = FALSE AND d.startsOn <= :day AND d.endsOn >= :day",
            Long.class)
        .setParameter("user", userId)
        .setParameter("day", day)
        .getResultList();
  }

  /** The delegations these users gave that run on the day: who stands in for them. */
  public List<Delegation> runningFrom(List<Long> userIds, LocalDate day) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM Delegation d WHERE d.fromUserId IN :users"
                + " AND d.revoked = FALSE AND d.startsOn <= :day AND d.endsOn >= :day"
                + " ORDER BY d.id",
            Delegation.class)
        .setParameter("users", userIds)
        .setParameter("day", day)
        .getResultList();
  }
}
