package com.opsuite.web.org;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.org.OrgScope;
import com.opsuite.core.org.Position;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.Staff;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.security.CorePermissions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The staff list within the reader's data scope, with the positions each holds today; exported to
 * Excel or CSV as shown.
 */
@Named
@ViewScoped
public class StaffView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Staff staff;
  @Inject transient ReportingLines lines;
  @Inject transient OrgScope scope;
  @Inject transient UserAccounts accounts;

  private List<Row> rows;

  /** One staff member as the list shows them. */
  public record Row(
      long id,
      String name,
      String employeeNo,
      String email,
      String phone,
      String user,
      String positions,
      boolean active)
      implements Serializable {}

  @PostConstruct
  void load() {
    LocalDate today = LocalDate.now();
    Map<Long, String> users =
        accounts.all().stream()
            .collect(Collectors.toMap(UserAccount::getId, UserAccount::getEmail));
    rows =
        scope.staffReached(CorePermissions.ORG_READ, staff.all()).stream()
            .map(
                s ->
                    new Row(
                        s.getId(),
                        s.getName(),
                        s.getEmployeeNo(),
                        s.getEmail(),
                        s.getPhone(),
                        s.getUserId() == null ? null : users.get(s.getUserId()),
                        titles(s, today),
                        s.isActive()))
            .toList();
  }

  private String titles(StaffMember member, LocalDate today) {
    return lines.positionsOf(member.getId(), today).stream()
        .map(Position::getTitle)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  public List<Row> getRows() {
    return rows;
  }
}
