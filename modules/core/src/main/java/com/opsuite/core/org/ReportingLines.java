package com.opsuite.core.org;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who reports to whom, derived from positions and who holds them on a given day (acting holders
 * included): "my manager", "my department head", "everyone under me", and the unit subtrees data
 * scopes use. The one place approvals, KPIs and data scopes ask.
 *
 * <p>The subtree queries are recursive SQL, one round trip whatever the depth; they name the tenant
 * as well as relying on row-level security, so PostgreSQL can use the tenant-leading indexes.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ReportingLines {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  private static final String HOLDS_ON_DAY =
      "a.tenant_id = ?1 AND a.starts_on <= ?2 AND (a.ends_on IS NULL OR a.ends_on >= ?2)";

  private static final String EVERYONE_UNDER =
      "WITH RECURSIVE below(id) AS ("
          + " SELECT p.id FROM org_position p WHERE p.tenant_id = ?1 AND p.reports_to_id IN ("
          + "  SELECT a.position_id FROM position_assignment a WHERE "
          + HOLDS_ON_DAY
          + "  AND a.staff_id = ?3)"
          + " UNION"
          + " SELECT p.id FROM org_position p JOIN below b ON p.reports_to_id = b.id"
          + " WHERE p.tenant_id = ?1)"
          + " SELECT DISTINCT a.staff_id FROM position_assignment a JOIN below b"
          + " ON a.position_id = b.id WHERE "
          + HOLDS_ON_DAY
          + " AND a.staff_id <> ?3";

  private static final String UNIT_SUBTREE =
      "WITH RECURSIVE tree(id) AS ("
          + " SELECT u.id FROM org_unit u WHERE u.tenant_id = ?1 AND u.id = ANY (?2)"
          + " UNION"
          + " SELECT u.id FROM org_unit u JOIN tree t ON u.parent_id = t.id WHERE u.tenant_id = ?1)"
          + " SELECT id FROM tree";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  private static final int IN_LIST_CHUNK = 1000;

  /** The positions the staff member holds on the day, acting ones included. */
  public List<Position> positionsOf(long staffId, LocalDate day) {
    return em.createQuery(
            "SELECT p FROM Position p, Assignment a WHERE a.positionId = p.id"
                + " AND a.staffId = :staff AND a.startsOn <= :day"
                + " AND (a.endsOn IS NULL OR a.endsOn >= :day) ORDER BY p.id",
            Position.class)
        .setParameter("staff", staffId)
        .setParameter("day", day)
        .getResultList();
  }

  /**
   * {@link #positionsOf(long, LocalDate)} of each staff member, for a whole list: one query per
   * thousand staff (a bound on the IN list's parameters) rather than one per staff member.
   */
  public Map<Long, List<Position>> positionsOf(Collection<Long> staffIds, LocalDate day) {
    Map<Long, List<Position>> held = new HashMap<>();
    List<Long> ids = List.copyOf(new LinkedHashSet<>(staffIds));
    for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
      for (Object[] row :
          em.createQuery(
                  "SELECT a.staffId, p FROM Position p, Assignment a WHERE a.positionId = p.id"
                      + " AND a.staffId IN :staff AND a.startsOn <= :day"
                      + " AND (a.endsOn IS NULL OR a.endsOn >= :day) ORDER BY p.id",
                  Object[].class)
              .setParameter("staff", ids.subList(from, Math.min(from + IN_LIST_CHUNK, ids.size())))
              .setParameter("day", day)
              .getResultList()) {
        held.computeIfAbsent((Long) row[0], staff -> new ArrayList<>()).add((Position) row[1]);
      }
    }
    return held;
  }

  /** Who holds the position on the day: its holders, plus anyone acting in it. */
  public List<StaffMember> holdersOf(long positionId, LocalDate day) {
    return em.createQuery(
            "SELECT DISTINCT s FROM StaffMember s, Assignment a WHERE a.staffId = s.id"
                + " AND a.positionId = :position AND a.startsOn <= :day"
                + " AND (a.endsOn IS NULL OR a.endsOn >= :day) ORDER BY s.name",
            StaffMember.class)
        .setParameter("position", positionId)
        .setParameter("day", day)
        .getResultList();
  }

  /**
   * The staff member's managers: the holders of the positions theirs report to; where such a
   * position is vacant that day, the next one up the line.
   */
  public List<StaffMember> managersOf(long staffId, LocalDate day) {
    Set<StaffMember> managers = new LinkedHashSet<>();
    for (Position mine : positionsOf(staffId, day)) {
      managers.addAll(firstHeldAbove(mine, day, staffId));
    }
    return List.copyOf(managers);
  }

  /**
   * The head of the staff member's department or group: the holder of the unit's head position; for
   * the head themself, the head of the unit above.
   */
  public List<StaffMember> departmentHeadsOf(long staffId, LocalDate day) {
    Set<StaffMember> heads = new LinkedHashSet<>();
    for (Position mine : positionsOf(staffId, day)) {
      OrgUnit unit = em.find(OrgUnit.class, mine.getUnitId());
      Set<Long> seen = new HashSet<>();
      while (unit != null && seen.add(unit.getId())) {
        if (unit.getHeadPositionId() != null && !unit.getHeadPositionId().equals(mine.getId())) {
          List<StaffMember> holders = holdersOf(unit.getHeadPositionId(), day);
          holders.removeIf(s -> s.getId().equals(staffId));
          if (!holders.isEmpty()) {
            heads.addAll(holders);
            break;
          }
        }
        unit = unit.getParentId() == null ? null : em.find(OrgUnit.class, unit.getParentId());
      }
    }
    return List.copyOf(heads);
  }

  /** The ids of everyone holding a position that reports, at any depth, to one of theirs. */
  @SuppressWarnings("unchecked")
  public Set<Long> everyoneUnder(long staffId, LocalDate day) {
    Query query =
        em.createNativeQuery(EVERYONE_UNDER)
            .setHint(NATIVE, true)
            .setParameter(1, tenant.require().code())
            .setParameter(2, Date.valueOf(day))
            .setParameter(3, staffId);
    Set<Long> ids = new HashSet<>();
    for (Object id : query.getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  /** The staff members themselves, by name. */
  public List<StaffMember> staff(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT s FROM StaffMember s WHERE s.id IN :ids ORDER BY s.name", StaffMember.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  /** The units and every unit below them. */
  @SuppressWarnings("unchecked")
  public Set<Long> unitSubtree(Collection<Long> roots) {
    if (roots.isEmpty()) {
      return Set.of();
    }
    Query query =
        em.createNativeQuery(UNIT_SUBTREE)
            .setHint(NATIVE, true)
            .setParameter(1, tenant.require().code())
            .setParameter(2, roots.toArray(Long[]::new));
    Set<Long> ids = new HashSet<>();
    for (Object id : query.getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  /** The ids of the staff holding, on the day, a position in one of the units. */
  public Set<Long> staffInUnits(Collection<Long> unitIds, LocalDate day) {
    if (unitIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT a.staffId FROM Assignment a, Position p WHERE a.positionId = p.id"
                    + " AND p.unitId IN :units AND a.startsOn <= :day"
                    + " AND (a.endsOn IS NULL OR a.endsOn >= :day)",
                Long.class)
            .setParameter("units", List.copyOf(unitIds))
            .setParameter("day", day)
            .getResultList());
  }

  /** The staff member of a user account, if the user is on the staff. */
  public Optional<StaffMember> staffOfUser(long userId) {
    return em
        .createQuery("SELECT s FROM StaffMember s WHERE s.userId = :user", StaffMember.class)
        .setParameter("user", userId)
        .getResultList()
        .stream()
        .findFirst();
  }

  private List<StaffMember> firstHeldAbove(Position position, LocalDate day, long self) {
    Set<Long> seen = new HashSet<>();
    Long above = position.getReportsToId();
    while (above != null && seen.add(above)) {
      List<StaffMember> holders = holdersOf(above, day);
      holders.removeIf(s -> s.getId().equals(self));
      if (!holders.isEmpty()) {
        return holders;
      }
      Position next = em.find(Position.class, above);
      above = next == null ? null : next.getReportsToId();
    }
    return List.of();
  }
}
