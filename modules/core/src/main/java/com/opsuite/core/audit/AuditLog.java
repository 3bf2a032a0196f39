package com.opsuite.core.audit;

import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The current tenant's audit log. Entries are written in the transaction of the change they record,
 * so a change and its record commit or roll back together.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditLog {

  static final int MAX_RESULTS = 1000;

  @PersistenceContext EntityManager em;
  @Inject RequestOrigin origin;

  public void record(String actor, String action, String target, String before, String after) {
    em.persist(new AuditEvent(actor, address(), action, target, before, after));
  }

  /**
   * The entries {@link #search} finds, for export: exports leave the system, so the log records who
   * took which part of it, in the same transaction.
   */
  public List<AuditEvent> export(String by, String action, Instant from, Instant to) {
    List<AuditEvent> events = search(action, from, to);
    record(
        by,
        "audit.exported",
        "action=" + (action == null ? "" : action) + " from=" + from + " to=" + to,
        null,
        events.size() + " entries");
    return events;
  }

  /** Newest first, optionally of one action and within a time range; at most 1,000 entries. */
  public List<AuditEvent> search(String action, Instant from, Instant to) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
    if (action != null && !action.isBlank()) {
      jpql.append(" AND e.action = :action");
    }
    if (from != null) {
      jpql.append(" AND e.occurredAt >= :from");
    }
    if (to != null) {
      jpql.append(" AND e.occurredAt < :to");
    }
    TypedQuery<AuditEvent> query =
        em.createQuery(
            jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC").toString(), AuditEvent.class);
    if (action != null && !action.isBlank()) {
      query.setParameter("action", action);
    }
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.setMaxResults(MAX_RESULTS).getResultList();
  }

  /**
   * Entries of one action whose target starts with the prefix (no wildcards in it), newest first.
   */
  public List<AuditEvent> history(String action, String targetPrefix) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.action = :action AND e.target LIKE :prefix"
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEvent.class)
        .setParameter("action", action)
        .setParameter("prefix", targetPrefix + "%")
        .setMaxResults(MAX_RESULTS)
        .getResultList();
  }

  private String address() {
    try {
      return origin.address().orElse(null);
    } catch (ContextNotActiveException backgroundWork) {
      return null;
    }
  }
}
