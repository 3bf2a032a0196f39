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
    List<StaffMember> reached = scope.staffReached(CorePermissions.ORG_READ, staff.all());
    // Everyone's positions in one query: one per row was two statements a staff member.
    Map<Long, List<Position>> positions =
        lines.positionsOf(reached.stream().map(StaffMember::getId).toList(), today);
    rows =
        reached.stream()
            .map(
                s ->
                    new Row(
                        s.getId(),
                        s.getName(),
                        s.getEmployeeNo(),
                        s.getEmail(),
                        s.getPhone(),
                        s.getUserId() == null ? null : users.get(s.getUserId()),
                        titles(positions.getOrDefault(s.getId(), List.of())),
                        s.isActive()))
            .toList();
  }

  private static String titles(List<Position> held) {
    return held.stream().map(Position::getTitle).distinct().collect(Collectors.joining(", "));
  }

  public List<Row> getRows() {
    return rows;
  }
}
