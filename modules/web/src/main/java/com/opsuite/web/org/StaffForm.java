package com.opsuite.web.org;

import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.org.Assignment;
import com.opsuite.core.org.Staff;
import com.opsuite.core.org.StaffDraft;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds or edits one staff member, gives them positions for a period (acting or not), ends those,
 * and marks them as left. A refused input keeps everything typed.
 */
@Named
@ViewScoped
public class StaffForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffView list;
  @Inject transient Staff staff;
  @Inject transient UserAccounts accounts;
  @Inject transient OrgDirectory directory;
  @Inject transient Messages messages;
  @Inject transient SaveFailures failures;
  @Inject transient CurrentUser user;
  @Inject LocaleSelection localeSelection;

  private boolean open;
  private Long id;
  private String name;
  private String employeeNo;
  private String email;
  private String phone;
  private Long userId;
  private Long version;
  private boolean active = true;
  private List<Choice> userChoices = List.of();
  private List<Choice> positionChoices = List.of();
  private List<AssignmentRow> assignments = List.of();
  private Long positionId;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private boolean acting;

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void startNew() {
    id = null;
    name = null;
    employeeNo = null;
    email = null;
    phone = null;
    userId = null;
    version = null;
    active = true;
    assignments = List.of();
    readChoices();
    open = true;
    Scrolling.bringIntoView("editor");
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void startEdit(long staffId) {
    StaffMember member = staff.find(staffId).orElse(null);
    if (member == null) {
      messages.error("org.staff.notFound");
      list.load();
      return;
    }
    read(member);
    readChoices();
    resetAssignForm();
    open = true;
    Scrolling.bringIntoView("editor");
  }

  private void read(StaffMember member) {
    id = member.getId();
    name = member.getName();
    employeeNo = member.getEmployeeNo();
    email = member.getEmail();
    phone = member.getPhone();
    userId = member.getUserId();
    version = member.getVersion();
    active = member.isActive();
    readAssignments();
  }

  private void readChoices() {
    userChoices =
        accounts.all().stream()
            .map(u -> new Choice(u.getId(), u.getDisplayName() + " · " + u.getEmail()))
            .toList();
    positionChoices = directory.positionChoices(localeSelection.getLocale());
  }

  private void readAssignments() {
    Map<Long, String> labels =
        positionChoices.stream().collect(Collectors.toMap(Choice::value, Choice::label));
    LocalDate today = LocalDate.now();
    List<AssignmentRow> rows = new ArrayList<>();
    for (Assignment a : staff.assignmentsOf(id)) {
      rows.add(
          new AssignmentRow(
              a.getId(),
              labels.getOrDefault(a.getPositionId(), "#" + a.getPositionId()),
              a.getStartsOn(),
              a.getEndsOn(),
              a.isActing(),
              a.getStartsOn().isAfter(today) ? a.getStartsOn() : today));
    }
    assignments = rows;
  }

  private void resetAssignForm() {
    positionId = null;
    startsOn = LocalDate.now();
    endsOn = null;
    acting = false;
  }

  public void close() {
    open = false;
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void save() {
    StaffDraft draft = new StaffDraft(name, employeeNo, email, phone, userId);
    try {
      boolean creating = id == null;
      StaffMember saved =
          creating
              ? staff.create(draft, user.name())
              : staff.change(id, draft, version, user.name());
      messages.pageInfo(creating ? "org.staff.created" : "org.staff.saved", saved.getName());
      if (creating) {
        readChoices();
        resetAssignForm();
      }
      // Read back: the version the next save must quote is the one the commit wrote.
      staff.find(saved.getId()).ifPresent(this::read);
      list.load();
    } catch (RuntimeException e) {
      failures.show(e, "staff:");
      if (SaveFailures.isStale(e) && id != null) {
        // Saving again, now knowingly, replaces the other change; the list shows it meanwhile.
        staff.find(id).ifPresent(m -> version = m.getVersion());
        list.load();
      }
    }
  }

  /** Marks the member as left: their assignments end yesterday, their history stays. */
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void markLeft() {
    setActive(false, "org.staff.left");
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void markBack() {
    setActive(true, "org.staff.back");
  }

  private void setActive(boolean value, String message) {
    try {
      staff.setActive(id, value, user.name());
      messages.pageInfo(message, name);
      staff.find(id).ifPresent(this::read);
      list.load();
    } catch (RuntimeException e) {
      failures.show(e, "staff:");
    }
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void assign() {
    try {
      if (positionId == null) {
        messages.fieldError("assign:positionId", "org.required");
        return;
      }
      staff.assign(id, positionId, startsOn, endsOn, acting, user.name());
      String position =
          positionChoices.stream()
              .filter(c -> c.value().equals(positionId))
              .map(Choice::label)
              .findFirst()
              .orElse("");
      messages.pageInfo("org.assignment.created", name, position);
      resetAssignForm();
      readAssignments();
      list.load();
    } catch (RuntimeException e) {
      failures.show(e, "assign:");
    }
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void end(AssignmentRow row) {
    try {
      staff.end(row.getId(), row.getEndOn(), user.name());
      messages.pageInfo("org.assignment.ended", row.getPosition(), row.getEndOn());
      readAssignments();
      list.load();
    } catch (RuntimeException e) {
      failures.show(e, "assignments:");
    }
  }

  /** One period in a position, with the day it would end on if ended now. */
  public static class AssignmentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String position;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final boolean acting;
    private LocalDate endOn;

    AssignmentRow(
        long id,
        String position,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean acting,
        LocalDate endOn) {
      this.id = id;
      this.position = position;
      this.startsOn = startsOn;
      this.endsOn = endsOn;
      this.acting = acting;
      this.endOn = endOn;
    }

    public long getId() {
      return id;
    }

    public String getPosition() {
      return position;
    }

    public LocalDate getStartsOn() {
      return startsOn;
    }

    public LocalDate getEndsOn() {
      return endsOn;
    }

    public boolean isActing() {
      return acting;
    }

    /** Still running today or later, so it can be ended. */
    public boolean isEndable() {
      return endsOn == null || !endsOn.isBefore(LocalDate.now());
    }

    public LocalDate getEndOn() {
      return endOn;
    }

    public void setEndOn(LocalDate endOn) {
      this.endOn = endOn;
    }
  }

  public boolean isOpen() {
    return open;
  }

  public boolean isCreating() {
    return id == null;
  }

  public boolean isActive() {
    return active;
  }

  public List<Choice> getUserChoices() {
    return userChoices;
  }

  public List<Choice> getPositionChoices() {
    return positionChoices;
  }

  public List<AssignmentRow> getAssignments() {
    return assignments;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public void setEmployeeNo(String employeeNo) {
    this.employeeNo = employeeNo;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public Long getPositionId() {
    return positionId;
  }

  public void setPositionId(Long positionId) {
    this.positionId = positionId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public boolean isActing() {
    return acting;
  }

  public void setActing(boolean acting) {
    this.acting = acting;
  }
}
