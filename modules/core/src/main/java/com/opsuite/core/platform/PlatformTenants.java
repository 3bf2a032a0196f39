package com.opsuite.core.platform;

import com.opsuite.core.tenancy.Tenant;
import com.opsuite.core.tenancy.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The tenant registry as operators see it: names and status, never business data. */
@ApplicationScoped
@Transactional
public class PlatformTenants {

  @PersistenceContext EntityManager em;
  @Inject PlatformOperators operators;

  public List<Tenant> all() {
    return em.createQuery("SELECT t FROM Tenant t ORDER BY t.code", Tenant.class).getResultList();
  }

  /** Suspends or reactivates the tenant; empty if there is no such tenant. */
  public Optional<Tenant> setStatus(String code, TenantStatus status, String by) {
    Tenant tenant = code == null ? null : em.find(Tenant.class, code);
    if (tenant == null) {
      return Optional.empty();
    }
    if (tenant.getStatus() != status) {
      if (status == TenantStatus.SUSPENDED) {
        tenant.suspend();
      } else {
        tenant.reactivate();
      }
      operators.record(by, "tenant." + status.name().toLowerCase(java.util.Locale.ROOT), code);
    }
    return Optional.of(tenant);
  }
}
