package com.opsuite.online.platform;

import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Who may publish on a platform, for the features that publish (content): its owner and the people
 * listed as its publishers, on an active platform of the current tenant. A platform of another
 * tenant is not found, so nobody may publish on it from here.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PlatformAccess {

  @PersistenceContext EntityManager em;

  public boolean mayPublish(long platformId, long userId) {
    Platform platform = em.find(Platform.class, platformId);
    if (platform == null || !platform.isActive()) {
      return false;
    }
    if (platform.getOwnerId() != null && platform.getOwnerId() == userId) {
      return true;
    }
    return em.find(PlatformPublisher.class, new PlatformPublisherKey(platformId, userId)) != null;
  }
}
