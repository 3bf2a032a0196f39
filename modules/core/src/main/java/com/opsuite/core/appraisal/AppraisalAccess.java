package com.opsuite.core.appraisal;

import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.CorePermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose results the caller may see: everyone's with {@code core.appraisal.manage}; otherwise their
 * own and those of everyone under them in the reporting lines. Worked out once per request.
 */
@RequestScoped
public class AppraisalAccess {

  @Inject CallerPermissions permissions;
  @Inject ReportingLines lines;

  private Optional<StaffMember> me;
  private Set<Long> team;

  public long userId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(CorePermissions.APPRAISAL_MANAGE, false));
  }

  public boolean manages() {
    return permissions.has(CorePermissions.APPRAISAL_MANAGE);
  }

  /** The caller's own staff record, if they are on the staff. */
  public Optional<StaffMember> me() {
    if (me == null) {
      me = lines.staffOfUser(userId());
    }
    return me;
  }

  /** The caller's staff id; a caller who is not on the staff has nothing to evaluate (403). */
  public long myStaffId() {
    return me().map(StaffMember::getId)
        .orElseThrow(() -> AppraisalRefusedException.notYours("appraisal.notStaff"));
  }

  /** Everyone under the caller in the org (not the caller), for "my team's appraisals". */
  public List<Long> team() {
    Optional<StaffMember> self = me();
    if (self.isEmpty()) {
      return List.of();
    }
    if (team == null) {
      team = lines.everyoneUnder(self.get().getId(), LocalDate.now());
    }
    return team.stream().filter(id -> id != self.get().getId().longValue()).toList();
  }

  public boolean sees(long staffId) {
    if (manages()) {
      return true;
    }
    Optional<StaffMember> self = me();
    if (self.isEmpty()) {
      return false;
    }
    if (self.get().getId() == staffId) {
      return true;
    }
    if (team == null) {
      team = lines.everyoneUnder(self.get().getId(), LocalDate.now());
    }
    return team.contains(staffId);
  }
}
