package com.opsuite.gas.registry.area;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.registry.RegistryInvalidInput;
import com.opsuite.gas.registry.RegistryRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** The tenant's service areas: created with a code that never changes, renamed at will. */
@ApplicationScoped
@Transactional
@TenantBound
public class Areas {

  static final int MAX_CODE = 40;
  static final int MAX_NAME = 200;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public List<Area> all() {
    return em.createQuery("SELECT a FROM Area a ORDER BY a.code", Area.class).getResultList();
  }

  public Area get(long id) {
    Area area = em.find(Area.class, id);
    if (area == null) {
      throw RegistryRefused.notFound();
    }
    return area;
  }

  public Area create(String code, String name, String by) {
    String c = code == null ? "" : code.strip();
    if (c.isEmpty() || c.length() > MAX_CODE) {
      throw RegistryInvalidInput.of("code", "registry.area.codeRequired", MAX_CODE);
    }
    String n = name(name);
    long taken =
        em.createQuery("SELECT COUNT(a) FROM Area a WHERE LOWER(a.code) = :code", Long.class)
            .setParameter("code", c.toLowerCase(Locale.ROOT))
            .getSingleResult();
    if (taken > 0) {
      throw RegistryInvalidInput.of("code", "registry.area.codeTaken", c);
    }
    Area area = new Area(c, n);
    em.persist(area);
    em.flush();
    audit.record(by, "gas.area.created", "gas-area:" + area.getId(), null, c + " " + n);
    return area;
  }

  public Area rename(long id, String name, Long expectedVersion, String by) {
    Area area = get(id);
    if (expectedVersion != null && expectedVersion != area.getVersion()) {
      throw new OptimisticLockException(area);
    }
    String before = area.getName();
    area.setName(name(name));
    em.flush();
    audit.record(by, "gas.area.renamed", "gas-area:" + id, before, area.getName());
    return area;
  }

  private static String name(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME) {
      throw RegistryInvalidInput.of("name", "registry.area.nameRequired", MAX_NAME);
    }
    return n;
  }
}
