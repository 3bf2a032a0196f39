package com.opsuite.web.org;

import com.opsuite.core.org.Position;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The signed-in user's place in the organisation: whom they report to, the head of their
 * department, and everyone under them. Open to everyone signed in; it shows only their own lines.
 */
@Named
@ViewScoped
public class MyTeamView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReportingLines lines;
  @Inject transient CallerPermissions permissions;

  private boolean onStaff;
  private Person me;
  private List<Person> managers = List.of();
  private List<Person> departmentHeads = List.of();
  private List<Person> team = List.of();

  /** Someone in the user's lines, with the positions they hold today and how to reach them. */
  public record Person(long id, String name, String positions, String email, String phone)
      implements Serializable {}

  @PostConstruct
  void load() {
    Optional<StaffMember> self =
        permissions.caller().map(CallerIdentity::accountId).flatMap(lines::staffOfUser);
    onStaff = self.isPresent();
    if (self.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now();
    long id = self.get().getId();
    me = person(self.get(), today);
    managers = lines.managersOf(id, today).stream().map(s -> person(s, today)).toList();
    departmentHeads =
        lines.departmentHeadsOf(id, today).stream().map(s -> person(s, today)).toList();
    team = lines.staff(lines.everyoneUnder(id, today)).stream().map(s -> person(s, today)).toList();
  }

  private Person person(StaffMember member, LocalDate today) {
    String positions =
        lines.positionsOf(member.getId(), today).stream()
            .map(Position::getTitle)
            .distinct()
            .collect(Collectors.joining(", "));
    return new Person(
        member.getId(), member.getName(), positions, member.getEmail(), member.getPhone());
  }

  public boolean isOnStaff() {
    return onStaff;
  }

  public Person getMe() {
    return me;
  }

  public List<Person> getManagers() {
    return managers;
  }

  public List<Person> getDepartmentHeads() {
    return departmentHeads;
  }

  public List<Person> getTeam() {
    return team;
  }
}
