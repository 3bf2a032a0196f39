package com.opsuite.core.approval;

import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whom a route reaches on a day, through the org's reporting lines (acting holders included): staff
 * who are active and have a login, since only they can act.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ApproverResolver {

  @PersistenceContext EntityManager em;
  @Inject ReportingLines lines;

  public List<StaffMember> resolve(
      RouteKind route, Long positionId, String roleCode, long submitterStaffId, LocalDate day) {
    List<StaffMember> found =
        switch (route) {
          case SUBMITTER_MANAGER -> lines.managersOf(submitterStaffId, day);
          case DEPARTMENT_HEAD -> lines.departmentHeadsOf(submitterStaffId, day);
          case COMPANY_HEAD -> companyHeads(day);
          case POSITION -> positionId == null ? List.of() : lines.holdersOf(positionId, day);
          case ROLE -> roleHolders(roleCode, day);
        };
    return found.stream().filter(s -> s.isActive() && s.getUserId() != null).toList();
  }

  private List<StaffMember> companyHeads(LocalDate day) {
    List<OrgUnit> company =
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.parentId IS NULL", OrgUnit.class)
            .getResultList();
    if (company.isEmpty() || company.get(0).getHeadPositionId() == null) {
      return List.of();
    }
    return lines.holdersOf(company.get(0).getHeadPositionId(), day);
  }

  /** Holders of the role: given it directly, or holding a position that carries it that day. */
  private List<StaffMember> roleHolders(String roleCode, LocalDate day) {
    if (roleCode == null) {
      return List.of();
    }
    Set<StaffMember> holders = new LinkedHashSet<>();
    holders.addAll(
        em.createQuery(
                "SELECT s FROM StaffMember s, UserRole ur WHERE ur.userId = s.userId"
                    + " AND ur.roleCode = :role ORDER BY s.name",
                StaffMember.class)
            .setParameter("role", roleCode)
            .getResultList());
    holders.addAll(
        em.createQuery(
                "SELECT DISTINCT s FROM StaffMember s, Assignment a, PositionRole pr"
                    + " WHERE a.staffId = s.id AND pr.positionId = a.positionId"
                    + " AND pr.roleCode = :role AND a.startsOn <= :day"
                    + " AND (a.endsOn IS NULL OR a.endsOn >= :day)",
                StaffMember.class)
            .setParameter("role", roleCode)
            .setParameter("day", day)
            .getResultList());
    return new ArrayList<>(holders);
  }
}
