package com.opsuite.core.kpi;

import com.opsuite.core.org.OrgScope;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.Staff;
import com.opsuite.core.org.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the organisation a caller's KPI permission reaches, as for the org: a role limited to
 * the department sees its staff and units only, and not the whole company's figures.
 */
@RequestScoped
public class KpiScope {

  @Inject OrgScope scope;
  @Inject ReportingLines lines;
  @Inject Staff staff;

  public boolean reaches(String permission, Subject subject) {
    Optional<Set<Long>> units = scope.unitsReached(permission);
    if (units.isEmpty()) {
      return true;
    }
    return switch (subject.kind()) {
      case TENANT -> false;
      case UNIT -> units.get().contains(subject.id());
      case STAFF -> lines.staffInUnits(units.get(), LocalDate.now()).contains(subject.id());
    };
  }

  /** The active staff the permission reaches, by name. */
  public List<StaffMember> activeStaff(String permission) {
    return scope.staffReached(permission, staff.all()).stream()
        .filter(StaffMember::isActive)
        .toList();
  }
}
