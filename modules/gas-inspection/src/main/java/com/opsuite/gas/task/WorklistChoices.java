package com.opsuite.gas.task;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The areas and active inspectors a supervisor picks from on the worklist pages. */
@ApplicationScoped
@Transactional
@TenantBound
public class WorklistChoices {

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject TenantContext tenant;

  public List<Choice> areas() {
    return choices(
        "SELECT id, name FROM gas_area WHERE tenant_id = ?1 AND active ORDER BY name, id");
  }

  public List<Choice> inspectors() {
    return choices(
        "SELECT i.user_id, u.display_name || ' (' || i.badge_no || ')' FROM gas_inspector i"
            + " JOIN user_account u ON u.tenant_id = i.tenant_id AND u.id = i.user_id"
            + " WHERE i.tenant_id = ?1 AND i.active ORDER BY u.display_name, i.user_id");
  }

  private List<Choice> choices(String sql) {
    List<?> rows = NativeSql.query(em, sql, tenant.require().code()).getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1]))
        .toList();
  }

  public record Choice(long id, String label) {}
}
