package com.opsuite.core.approval;

import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The lines of an approval's history: written once per action, read in order, never changed. */
@ApplicationScoped
@Transactional
@TenantBound
public class ApprovalHistory {

  @PersistenceContext EntityManager em;

  void record(
      Approval approval,
      ActionKind action,
      Actor actor,
      Actor onBehalfOf,
      Integer stepNo,
      String comment) {
    em.persist(new ApprovalAction(approval, action, actor, onBehalfOf, stepNo, comment));
  }

  public List<ApprovalAction> of(long approvalId) {
    return em.createQuery(
            "SELECT h FROM ApprovalAction h WHERE h.approvalId = :id ORDER BY h.occurredAt, h.id",
            ApprovalAction.class)
        .setParameter("id", approvalId)
        .getResultList();
  }
}
