package com.opsuite.online;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant's users holding a permission through any of their roles, in one query: the module's
 * notices go to whoever holds the right the matter needs (the service owners, the meeting's
 * participants), as roles and positions change.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PermissionHolders {

  private static final String HOLDERS =
      "SELECT DISTINCT ur.user_id FROM user_role ur JOIN role r"
          + " ON r.tenant_id = ur.tenant_id AND r.code = ur.role_code"
          + " WHERE ur.tenant_id = ?1 AND (',' || r.permissions || ',') LIKE ?2"
          + " ORDER BY ur.user_id";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public Set<Long> of(String permission) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(HOLDERS)
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            .setParameter(1, tenant.require().code())
            .setParameter(2, "%," + permission + ",%")
            .getResultList();
    return ids.stream().map(Number::longValue).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
