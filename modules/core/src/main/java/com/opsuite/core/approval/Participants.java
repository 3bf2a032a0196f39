package com.opsuite.core.approval;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who takes part in an approval: its submitter, anyone one of its steps asked (or who stands in for
 * them today), anyone who acted on it. Only they may read it; everyone else gets 403.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Participants {

  @PersistenceContext EntityManager em;
  @Inject Delegations delegations;

  /** The approval, if it exists in this tenant (404 otherwise) and concerns the user (else 403). */
  public Approval visible(long approvalId, long userId) {
    Approval approval = em.find(Approval.class, approvalId);
    if (approval == null) {
      throw ApprovalRefusedException.notFound();
    }
    if (!canSee(approval, userId)) {
      throw ApprovalRefusedException.notYours();
    }
    return approval;
  }

  public boolean canSee(Approval approval, long userId) {
    if (approval.getSubmitterUserId() == userId) {
      return true;
    }
    return asked(approval, userId, delegations.delegatorsOf(userId, LocalDate.now()))
        || !em.createQuery(
                "SELECT h.id FROM ApprovalAction h WHERE h.approvalId = :id AND h.actorUserId = :u",
                Long.class)
            .setParameter("id", approval.getId())
            .setParameter("u", userId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  /** Whether a step of the approval asked the user, or someone they stand in for. */
  boolean asked(Approval approval, long userId, List<Long> delegators) {
    List<Long> users = new ArrayList<>(delegators);
    users.add(userId);
    return !em.createQuery(
            "SELECT r.id FROM StepApprover r, ApprovalStep s WHERE r.stepId = s.id"
                + " AND s.approvalId = :id AND r.userId IN :users",
            Long.class)
        .setParameter("id", approval.getId())
        .setParameter("users", users)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The user with the name history shows for them. */
  public Actor actor(long userId) {
    UserAccount account = em.find(UserAccount.class, userId);
    return new Actor(userId, account == null ? "user:" + userId : account.getDisplayName());
  }

  /** {@link #actor} of each user, read in one query, so that a list costs one for all its rows. */
  public Map<Long, Actor> actors(Collection<Long> userIds) {
    Map<Long, Actor> actors = new HashMap<>();
    List<Long> ids = userIds.stream().distinct().toList();
    if (!ids.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "SELECT u.id, u.displayName FROM UserAccount u WHERE u.id IN :ids",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList()) {
        actors.put((Long) row[0], new Actor((Long) row[0], (String) row[1]));
      }
    }
    ids.forEach(id -> actors.computeIfAbsent(id, missing -> new Actor(missing, "user:" + missing)));
    return actors;
  }
}
