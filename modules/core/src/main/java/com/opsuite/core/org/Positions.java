package com.opsuite.core.org;

import static com.opsuite.core.org.OrgUnits.invalid;
import static com.opsuite.core.org.OrgUnits.required;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.security.Role;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.text.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Positions: their place in the reporting line, duties, and the rights their holders get. */
@ApplicationScoped
@Transactional
@TenantBound
public class Positions {

  static final int MAX_TEXT = 20_000;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public List<Position> all() {
    return em.createQuery("SELECT p FROM Position p ORDER BY p.unitId, p.title", Position.class)
        .getResultList();
  }

  public Optional<Position> find(long id) {
    return Optional.ofNullable(em.find(Position.class, id));
  }

  public Set<String> rolesOf(long positionId) {
    return new TreeSet<>(
        em.createQuery(
                "SELECT r.roleCode FROM PositionRole r WHERE r.positionId = :id", String.class)
            .setParameter("id", positionId)
            .getResultList());
  }

  public Position create(PositionDraft draft, String templateKey, String by) {
    Checked checked = check(draft, null);
    Position position =
        new Position(
            checked.unit.getId(),
            checked.title,
            draft.reportsToId(),
            checked.headcount,
            templateKey);
    apply(position, draft);
    em.persist(position);
    em.flush();
    setRoles(position.getId(), draft.roles());
    audit.record(
        by, "org.position.created", target(position), null, describe(position, draft.roles()));
    return position;
  }

  public Position change(long id, PositionDraft draft, Long expectedVersion, String by) {
    Position position = find(id).orElseThrow(() -> invalid("id", "org.position.notFound"));
    if (expectedVersion != null && expectedVersion != position.getVersion()) {
      throw new OptimisticLockException(position);
    }
    Checked checked = check(draft, position);
    OrgUnit headed = unitHeadedBy(position.getId());
    if (headed != null && !headed.getId().equals(checked.unit.getId())) {
      throw invalid("unitId", "org.position.headMoves", headed.getName());
    }
    String before = describe(position, rolesOf(id));
    position.setUnitId(checked.unit.getId());
    position.setTitle(checked.title);
    position.setReportsToId(draft.reportsToId());
    position.setHeadcount(checked.headcount);
    apply(position, draft);
    setRoles(id, draft.roles());
    String after = describe(position, draft.roles());
    if (!before.equals(after)) {
      audit.record(by, "org.position.changed", target(position), before, after);
    }
    em.flush(); // the version returned is the one committed
    return position;
  }

  /**
   * Deletes a position nobody holds now or later, that heads no unit and that no position reports
   * to. Past assignments go with it; the audit log keeps the record.
   */
  public void delete(long id, String by) {
    Position position = find(id).orElseThrow(() -> invalid("id", "org.position.notFound"));
    OrgUnit headed = unitHeadedBy(id);
    if (headed != null) {
      throw invalid("id", "org.position.isHead", headed.getName());
    }
    List<String> holders =
        em.createQuery(
                "SELECT s.name FROM Assignment a, StaffMember s WHERE a.staffId = s.id"
                    + " AND a.positionId = :id AND (a.endsOn IS NULL OR a.endsOn >= :today)"
                    + " ORDER BY s.name",
                String.class)
            .setParameter("id", id)
            .setParameter("today", LocalDate.now())
            .getResultList();
    if (!holders.isEmpty()) {
      throw invalid("id", "org.position.held", String.join(", ", holders));
    }
    long reporting =
        em.createQuery("SELECT COUNT(p) FROM Position p WHERE p.reportsToId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (reporting > 0) {
      throw invalid("id", "org.position.hasReports", reporting);
    }
    String before = describe(position, rolesOf(id));
    em.createQuery("DELETE FROM Assignment a WHERE a.positionId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.createQuery("DELETE FROM PositionRole r WHERE r.positionId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.remove(position);
    audit.record(by, "org.position.deleted", target(position), before, null);
  }

  private record Checked(OrgUnit unit, String title, int headcount) {}

  private Checked check(PositionDraft draft, Position existing) {
    if (draft.unitId() == null) {
      throw invalid("unitId", "org.required");
    }
    OrgUnit unit = em.find(OrgUnit.class, draft.unitId());
    if (unit == null) {
      throw invalid("unitId", "org.unit.notFound");
    }
    String title = required("title", draft.title());
    Optional<Position> sameTitle = titled(unit.getId(), title);
    if (sameTitle.isPresent()
        && (existing == null || !sameTitle.get().getId().equals(existing.getId()))) {
      throw invalid("title", "org.position.titleTaken", title, unit.getName());
    }
    int headcount = draft.headcount() == null ? 1 : draft.headcount();
    if (headcount < 1 || headcount > 10_000) {
      throw invalid("headcount", "org.position.headcountRange", 1, 10_000);
    }
    if (draft.reportsToId() != null) {
      Position manager = em.find(Position.class, draft.reportsToId());
      if (manager == null) {
        throw invalid("reportsToId", "org.position.notFound");
      }
      if (existing != null) {
        checkNoCycle(existing.getId(), manager);
      }
    }
    for (String text : new String[] {draft.duties(), draft.standards(), draft.requirements()}) {
      if (text != null && text.length() > MAX_TEXT) {
        throw invalid("duties", "org.tooLong", MAX_TEXT);
      }
    }
    Set<String> unknown = new TreeSet<>(draft.roles());
    unknown.removeIf(code -> em.find(Role.class, code) != null);
    if (!unknown.isEmpty()) {
      throw invalid("roles", "org.position.roleUnknown", String.join(", ", unknown));
    }
    if (existing != null) {
      long holders = currentHolders(existing.getId());
      if (holders > headcount) {
        throw invalid("headcount", "org.position.headcountBelowHolders", holders);
      }
    }
    return new Checked(unit, title, headcount);
  }

  /** Walks up from the new manager: meeting the position itself would close a loop. */
  void checkNoCycle(long positionId, Position newManager) {
    Set<Long> seen = new HashSet<>();
    Position current = newManager;
    while (current != null && seen.add(current.getId())) {
      if (current.getId() == positionId) {
        throw invalid("reportsToId", "org.position.cycle", newManager.getTitle());
      }
      current =
          current.getReportsToId() == null
              ? null
              : em.find(Position.class, current.getReportsToId());
    }
  }

  /** The unit's position with this title, ignoring case (titles are unique within a unit). */
  public Optional<Position> titled(long unitId, String title) {
    return em
        .createQuery(
            "SELECT p FROM Position p WHERE p.unitId = :unit AND LOWER(p.title) = :title",
            Position.class)
        .setParameter("unit", unitId)
        .setParameter("title", title.toLowerCase(Locale.ROOT))
        .getResultList()
        .stream()
        .findFirst();
  }

  long currentHolders(long positionId) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Assignment a WHERE a.positionId = :id AND a.acting = FALSE"
                + " AND a.startsOn <= :today AND (a.endsOn IS NULL OR a.endsOn >= :today)",
            Long.class)
        .setParameter("id", positionId)
        .setParameter("today", LocalDate.now())
        .getSingleResult();
  }

  private OrgUnit unitHeadedBy(long positionId) {
    return em
        .createQuery("SELECT u FROM OrgUnit u WHERE u.headPositionId = :id", OrgUnit.class)
        .setParameter("id", positionId)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private void apply(Position position, PositionDraft draft) {
    position.setDuties(RichText.clean(draft.duties()));
    position.setStandards(RichText.clean(draft.standards()));
    position.setRequirements(RichText.clean(draft.requirements()));
  }

  private void setRoles(long positionId, Set<String> roles) {
    Set<String> current = rolesOf(positionId);
    for (String code : current) {
      if (!roles.contains(code)) {
        em.createQuery("DELETE FROM PositionRole r WHERE r.positionId = :id AND r.roleCode = :code")
            .setParameter("id", positionId)
            .setParameter("code", code)
            .executeUpdate();
      }
    }
    for (String code : roles) {
      if (!current.contains(code)) {
        em.persist(new PositionRole(positionId, code));
      }
    }
  }

  private static String target(Position position) {
    return "position:" + position.getId();
  }

  private static String describe(Position p, Set<String> roles) {
    return "\""
        + p.getTitle()
        + "\" unit="
        + p.getUnitId()
        + " reportsTo="
        + p.getReportsToId()
        + " headcount="
        + p.getHeadcount()
        + " roles="
        + new TreeSet<>(roles);
  }
}
