package com.opsuite.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.regex.Pattern;

/** The platform's tenant registry: lookup for request routing, and creation. */
@ApplicationScoped
@Transactional
public class TenantRegistry {

  /** Lower-case words joined by hyphens, 3 to 40 characters: safe in URLs and as a row key. */
  public static final Pattern CODE = Pattern.compile("^(?=.{3,40}$)[a-z][a-z0-9]*(-[a-z0-9]+)*$");

  @PersistenceContext EntityManager em;

  public Optional<Tenant> find(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Tenant.class, code));
  }

  /** The tenant if it exists and may work; unknown and suspended look the same to a visitor. */
  public Optional<TenantRef> findActive(String code) {
    return find(code).filter(Tenant::isActive).map(Tenant::ref);
  }

  /** Every tenant that may work, for background work that visits each in turn. */
  public java.util.List<TenantRef> active() {
    return em
        .createQuery(
            "SELECT t FROM Tenant t WHERE t.status = :active ORDER BY t.code", Tenant.class)
        .setParameter("active", TenantStatus.ACTIVE)
        .getResultList()
        .stream()
        .map(Tenant::ref)
        .toList();
  }

  public boolean exists(String code) {
    return find(code).isPresent();
  }

  public Tenant create(Tenant tenant) {
    em.persist(tenant);
    return tenant;
  }
}
