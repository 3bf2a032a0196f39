package com.opsuite.online.content;

import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Who may put a piece out on a platform: the platform's account owner and the people listed as its
 * publishers (the seed: only named people publish). The platforms feature keeps the lists; this is
 * the content lifecycle's own small read of them, so the two features stay independent.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ContentPublishers {

  @PersistenceContext EntityManager em;

  public boolean mayPublish(long platformId, long userId) {
    long owner =
        em.createQuery(
                "SELECT COUNT(p) FROM Platform p WHERE p.id = :platform AND p.ownerId = :user",
                Long.class)
            .setParameter("platform", platformId)
            .setParameter("user", userId)
            .getSingleResult();
    if (owner > 0) {
      return true;
    }
    return em.createQuery(
                "SELECT COUNT(p) FROM PlatformPublisher p"
                    + " WHERE p.platformId = :platform AND p.userId = :user",
                Long.class)
            .setParameter("platform", platformId)
            .setParameter("user", userId)
            .getSingleResult()
        > 0;
  }
}
