package com.opsuite.core.org;

import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.DataScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the organisation a caller's permission reaches. A role limited to the department
 * reaches the units of the positions the caller holds today and every unit below them; nothing
 * else.
 */
@RequestScoped
public class OrgScope {

  @Inject CallerPermissions permissions;
  @Inject ReportingLines lines;

  /** The units the permission reaches; empty when it reaches the whole organisation. */
  public Optional<Set<Long>> unitsReached(String permission) {
    DataScope scope = permissions.scopeOf(permission).orElse(null);
    if (scope == DataScope.ALL) {
      return Optional.empty();
    }
    if (scope == null) {
      return Optional.of(Set.of());
    }
    Optional<StaffMember> me =
        permissions.caller().map(CallerIdentity::accountId).flatMap(lines::staffOfUser);
    if (me.isEmpty()) {
      return Optional.of(Set.of());
    }
    Set<Long> mine = new HashSet<>();
    for (Position held : lines.positionsOf(me.get().getId(), LocalDate.now())) {
      mine.add(held.getUnitId());
    }
    return Optional.of(lines.unitSubtree(mine));
  }

  /** The staff the permission reaches: all, or those holding a position in a reached unit today. */
  public List<StaffMember> staffReached(String permission, List<StaffMember> all) {
    Optional<Set<Long>> units = unitsReached(permission);
    if (units.isEmpty()) {
      return all;
    }
    Set<Long> inReach = lines.staffInUnits(units.get(), LocalDate.now());
    return all.stream().filter(s -> inReach.contains(s.getId())).toList();
  }
}
