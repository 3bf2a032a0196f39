package com.opsuite.core.org;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.tenancy.Tenant;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The unit tree: one company at the root, departments and groups under it. A department or group is
 * created together with its head position, so no unit is ever without a head.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OrgUnits {

  static final int MAX_NAME = 200;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject TenantContext tenant;
  @Inject TenantRegistry tenants;
  @Inject CoreMessages messages;
  @Inject Positions positions;

  /**
   * Every unit in tree order: each parent before its children, siblings by name. Sorting by parent
   * id cannot give that (ids say nothing about depth, and PostgreSQL sorts the company's null
   * last).
   */
  public List<OrgUnit> all() {
    Map<Long, List<OrgUnit>> children = new HashMap<>();
    for (OrgUnit unit :
        em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name, u.id", OrgUnit.class)
            .getResultList()) {
      children.computeIfAbsent(unit.getParentId(), parent -> new ArrayList<>()).add(unit);
    }
    List<OrgUnit> ordered = new ArrayList<>();
    addSubtree(null, children, ordered);
    return ordered;
  }

  private static void addSubtree(
      Long parentId, Map<Long, List<OrgUnit>> children, List<OrgUnit> ordered) {
    for (OrgUnit unit : children.getOrDefault(parentId, List.of())) {
      ordered.add(unit);
      addSubtree(unit.getId(), children, ordered);
    }
  }

  /** The names of the given units by id, in one query (for a list's page of rows). */
  public Map<Long, String> namesOf(Collection<Long> unitIds) {
    List<Long> ids = unitIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Object[] row :
          em.createQuery("SELECT u.id, u.name FROM OrgUnit u WHERE u.id IN :ids", Object[].class)
              .setParameter("ids", ids)
              .getResultList()) {
        names.put((Long) row[0], (String) row[1]);
      }
    }
    return names;
  }

  public Optional<OrgUnit> find(long id) {
    return Optional.ofNullable(em.find(OrgUnit.class, id));
  }

  /**
   * The company unit, created with the tenant's name and a general manager position the first time
   * anyone asks, so every tree has a root and every line ends at a head.
   */
  public OrgUnit company() {
    List<OrgUnit> found =
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.parentId IS NULL", OrgUnit.class)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    Tenant current = tenants.find(tenant.require().code()).orElseThrow();
    OrgUnit company = new OrgUnit(null, UnitKind.COMPANY, current.getName(), null);
    em.persist(company);
    em.flush();
    Position head =
        new Position(
            company.getId(),
            messages.text(current.getLocale(), "org.company.headTitle"),
            null,
            1,
            null);
    em.persist(head);
    em.flush();
    company.setHeadPositionId(head.getId());
    // Written now, so the version callers see is the one committed.
    em.flush();
    return company;
  }

  /** A new department or group under {@code parentId}, with its head position. */
  public OrgUnit create(long parentId, UnitKind kind, String name, String headTitle, String by) {
    return create(parentId, kind, name, headTitle, null, null, by);
  }

  OrgUnit create(
      long parentId,
      UnitKind kind,
      String name,
      String headTitle,
      String templateKey,
      String headTemplateKey,
      String by) {
    OrgUnit parent = find(parentId).orElseThrow(() -> invalid("parentId", "org.unit.notFound"));
    String cleanName = required("name", name);
    String cleanHead = required("headTitle", headTitle);
    checkKind(parent, kind);
    checkSiblingName(parentId, cleanName, null);
    OrgUnit unit = new OrgUnit(parentId, kind, cleanName, templateKey);
    em.persist(unit);
    em.flush();
    Position head = new Position(unit.getId(), cleanHead, headOf(parent), 1, headTemplateKey);
    em.persist(head);
    em.flush();
    unit.setHeadPositionId(head.getId());
    // Written now, so the version the caller gets back (and sends with its next change) is the
    // one committed.
    em.flush();
    audit.record(
        by, "org.unit.created", unitTarget(unit), null, describe(unit) + " head=" + cleanHead);
    return unit;
  }

  /** Renames a unit, moves it under another parent, or names another of its positions head. */
  public OrgUnit change(
      long id, String name, Long parentId, Long headPositionId, Long expectedVersion, String by) {
    OrgUnit unit = find(id).orElseThrow(() -> invalid("id", "org.unit.notFound"));
    if (expectedVersion != null && expectedVersion != unit.getVersion()) {
      throw new OptimisticLockException(unit);
    }
    String before = describe(unit);
    String cleanName = required("name", name);
    if (unit.getKind() == UnitKind.COMPANY) {
      if (parentId != null) {
        throw invalid("parentId", "org.unit.companyIsRoot");
      }
    } else {
      if (parentId == null) {
        throw invalid("parentId", "org.unit.parentRequired");
      }
      if (!parentId.equals(unit.getParentId())) {
        OrgUnit parent = find(parentId).orElseThrow(() -> invalid("parentId", "org.unit.notFound"));
        checkNoCycle(unit.getId(), parent);
        checkKind(parent, unit.getKind());
        followParentsHead(unit, parent, by);
        unit.setParentId(parentId);
      }
      if (headPositionId == null) {
        throw invalid("headPositionId", "org.unit.headRequired");
      }
    }
    if (headPositionId != null) {
      Position head = em.find(Position.class, headPositionId);
      if (head == null || !head.getUnitId().equals(unit.getId())) {
        throw invalid("headPositionId", "org.unit.headNotInUnit");
      }
      unit.setHeadPositionId(headPositionId);
    }
    checkSiblingName(unit.getParentId(), cleanName, unit.getId());
    unit.setName(cleanName);
    String after = describe(unit);
    if (!before.equals(after)) {
      audit.record(by, "org.unit.changed", unitTarget(unit), before, after);
    }
    em.flush(); // the version returned is the one committed
    return unit;
  }

  /** Deletes an empty unit: no units under it and no positions but its (unheld) head. */
  public void delete(long id, String by) {
    OrgUnit unit = find(id).orElseThrow(() -> invalid("id", "org.unit.notFound"));
    if (unit.getKind() == UnitKind.COMPANY) {
      throw invalid("id", "org.unit.companyIsRoot");
    }
    long children =
        em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.parentId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (children > 0) {
      throw invalid("id", "org.unit.hasUnits", unit.getName());
    }
    List<Position> own =
        em.createQuery("SELECT p FROM Position p WHERE p.unitId = :id", Position.class)
            .setParameter("id", id)
            .getResultList();
    if (own.size() > 1) {
      throw invalid("id", "org.unit.hasPositions", unit.getName());
    }
    // The head then goes as any position goes: refused while someone holds it now or later, or
    // while a position (of another unit, too) reports to it; its past assignments go with it.
    unit.setHeadPositionId(null);
    em.flush();
    for (Position head : own) {
      positions.delete(head.getId(), by);
    }
    em.remove(unit);
    audit.record(by, "org.unit.deleted", unitTarget(unit), describe(unit), null);
  }

  /**
   * A moved unit's head that reported to the old parent's head, as {@link #create} set it up, now
   * reports to the new parent's head; otherwise managers and department heads would disagree. A
   * line the tenant drew differently is left as it is.
   */
  private void followParentsHead(OrgUnit unit, OrgUnit newParent, String by) {
    Position head =
        unit.getHeadPositionId() == null ? null : em.find(Position.class, unit.getHeadPositionId());
    OrgUnit oldParent = em.find(OrgUnit.class, unit.getParentId());
    Long oldLine = oldParent == null ? null : headOf(oldParent);
    Long newLine = headOf(newParent);
    if (head == null
        || !Objects.equals(head.getReportsToId(), oldLine)
        || Objects.equals(oldLine, newLine)) {
      return;
    }
    if (newLine != null) {
      positions.checkNoCycle(head.getId(), em.find(Position.class, newLine));
    }
    head.setReportsToId(newLine);
    audit.record(
        by,
        "org.position.changed",
        "position:" + head.getId(),
        "reportsTo=" + oldLine,
        "reportsTo=" + newLine);
  }

  /** The head position of the unit, or of the nearest unit above that has one. */
  Long headOf(OrgUnit unit) {
    OrgUnit current = unit;
    while (current != null) {
      if (current.getHeadPositionId() != null) {
        return current.getHeadPositionId();
      }
      current =
          current.getParentId() == null ? null : em.find(OrgUnit.class, current.getParentId());
    }
    return null;
  }

  private void checkKind(OrgUnit parent, UnitKind kind) {
    if (kind == null || kind == UnitKind.COMPANY) {
      throw invalid("kind", "org.unit.kindInvalid");
    }
    if (kind == UnitKind.DEPARTMENT && parent.getKind() == UnitKind.GROUP) {
      throw invalid("kind", "org.unit.departmentUnderGroup");
    }
  }

  private void checkNoCycle(long unitId, OrgUnit newParent) {
    Set<Long> seen = new HashSet<>();
    OrgUnit current = newParent;
    while (current != null && seen.add(current.getId())) {
      if (current.getId() == unitId) {
        throw invalid("parentId", "org.unit.cycle");
      }
      current =
          current.getParentId() == null ? null : em.find(OrgUnit.class, current.getParentId());
    }
  }

  private void checkSiblingName(Long parentId, String name, Long except) {
    Optional<OrgUnit> same = childNamed(parentId, name);
    if (same.isPresent() && !same.get().getId().equals(except)) {
      throw invalid("name", "org.unit.nameTaken", name);
    }
  }

  /** The unit under the parent with this name, ignoring case (names are unique among siblings). */
  public Optional<OrgUnit> childNamed(Long parentId, String name) {
    return em
        .createQuery(
            "SELECT u FROM OrgUnit u WHERE u.parentId = :parent AND LOWER(u.name) = :name",
            OrgUnit.class)
        .setParameter("parent", parentId)
        .setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
        .getResultList()
        .stream()
        .findFirst();
  }

  static String required(String field, String value) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty()) {
      throw invalid(field, "org.required");
    }
    if (clean.length() > MAX_NAME) {
      throw invalid(field, "org.tooLong", MAX_NAME);
    }
    return clean;
  }

  static InvalidInputException invalid(String field, String key, Object... args) {
    return InvalidInputException.of(field, key, args);
  }

  private static String unitTarget(OrgUnit unit) {
    return "unit:" + unit.getId();
  }

  private static String describe(OrgUnit unit) {
    return unit.getKind()
        + " \""
        + unit.getName()
        + "\" parent="
        + unit.getParentId()
        + " head="
        + unit.getHeadPositionId();
  }
}
