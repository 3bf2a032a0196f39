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
import java.util.function.Predicate;

/**
 * The part of the organisation a caller's KPI permission reaches, as for the org: a role limited to
 * the department sees its staff and units only, and not the whole company's figures.
 */
@RequestScoped
public class KpiScope {

  @Inject OrgScope scope;
  @Inject ReportingLines lines;
  @Inject Staff staff;

  /** Which subjects the permission reaches, worked out once (two queries at most). */
  public Predicate<Subject> reach(String permission) {
    Optional<Set<Long>> units = scope.unitsReached(permission);
    if (units.isEmpty()) {
      return subject -> true;
    }
    Set<Long> reachedStaff = lines.staffInUnits(units.get(), LocalDate.now());
    return subject ->
        switch (subject.kind()) {
          case TENANT -> false;
          case UNIT -> units.get().contains(subject.id());
          case STAFF -> reachedStaff.contains(subject.id());
        };
  }

  public boolean reaches(String permission, Subject subject) {
    return reach(permission).test(subject);
  }

  /** The active staff the permission reaches, by name. */
  public List<StaffMember> activeStaff(String permission) {
    return scope.staffReached(permission, staff.all()).stream()
        .filter(StaffMember::isActive)
        .toList();
  }
}
