package com.opsuite.core.org;

import static com.opsuite.core.org.OrgUnits.invalid;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The staff and the positions they hold, with the rules that keep both consistent. */
@ApplicationScoped
@Transactional
@TenantBound
public class Staff {

  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  static final Pattern PHONE = Pattern.compile("^[+0-9][0-9 -]{4,39}$");

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public List<StaffMember> all() {
    return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.name", StaffMember.class)
        .getResultList();
  }

  public Optional<StaffMember> find(long id) {
    return Optional.ofNullable(em.find(StaffMember.class, id));
  }

  public List<Assignment> assignmentsOf(long staffId) {
    return em.createQuery(
            "SELECT a FROM Assignment a WHERE a.staffId = :staff ORDER BY a.startsOn DESC",
            Assignment.class)
        .setParameter("staff", staffId)
        .getResultList();
  }

  public List<Assignment> assignmentsTo(long positionId) {
    return em.createQuery(
            "SELECT a FROM Assignment a WHERE a.positionId = :position ORDER BY a.startsOn DESC",
            Assignment.class)
        .setParameter("position", positionId)
        .getResultList();
  }

  public StaffMember create(StaffDraft draft, String by) {
    List<Violation> problems = problems(draft, null);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    StaffMember member =
        new StaffMember(
            draft.name().strip(),
            blankToNull(draft.employeeNo()),
            blankToNull(draft.email()),
            blankToNull(draft.phone()),
            draft.userId());
    em.persist(member);
    em.flush();
    audit.record(by, "org.staff.created", target(member), null, describe(member));
    return member;
  }

  public StaffMember change(long id, StaffDraft draft, Long expectedVersion, String by) {
    StaffMember member = find(id).orElseThrow(() -> invalid("id", "org.staff.notFound"));
    if (expectedVersion != null && expectedVersion != member.getVersion()) {
      throw new OptimisticLockException(member);
    }
    List<Violation> problems = problems(draft, member.getId());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String before = describe(member);
    member.setName(draft.name().strip());
    member.setEmployeeNo(blankToNull(draft.employeeNo()));
    member.setEmail(blankToNull(draft.email()));
    member.setPhone(blankToNull(draft.phone()));
    member.setUserId(draft.userId());
    String after = describe(member);
    if (!before.equals(after)) {
      audit.record(by, "org.staff.changed", target(member), before, after);
    }
    em.flush(); // the version returned is the one committed
    return member;
  }

  /**
   * Everything wrong with a draft, checked against the staff already saved; {@code except} is the
   * member being edited. Imports call it for each row before saving any.
   */
  public List<Violation> problems(StaffDraft draft, Long except) {
    List<Violation> problems = new ArrayList<>();
    String name = draft.name() == null ? "" : draft.name().strip();
    if (name.isEmpty()) {
      problems.add(new Violation("name", "org.required"));
    } else if (name.length() > OrgUnits.MAX_NAME) {
      problems.add(new Violation("name", "org.tooLong", OrgUnits.MAX_NAME));
    }
    String employeeNo = blankToNull(draft.employeeNo());
    if (employeeNo != null && employeeNo.length() > 40) {
      problems.add(new Violation("employeeNo", "org.tooLong", 40));
    } else if (employeeNo != null
        && taken("LOWER(s.employeeNo)", employeeNo.toLowerCase(Locale.ROOT), except)) {
      problems.add(new Violation("employeeNo", "org.staff.employeeNoTaken", employeeNo));
    }
    String email = blankToNull(draft.email());
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      problems.add(new Violation("email", "org.staff.emailInvalid", email));
    } else if (email != null && taken("LOWER(s.email)", email.toLowerCase(Locale.ROOT), except)) {
      problems.add(new Violation("email", "org.staff.emailTaken", email));
    }
    String phone = blankToNull(draft.phone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(new Violation("phone", "org.staff.phoneInvalid", phone));
    }
    if (draft.userId() != null) {
      if (em.find(UserAccount.class, draft.userId()) == null) {
        problems.add(new Violation("userId", "org.staff.userNotFound"));
      } else if (taken("s.userId", draft.userId(), except)) {
        problems.add(new Violation("userId", "org.staff.userTaken"));
      }
    }
    return problems;
  }

  private boolean taken(String expression, Object value, Long except) {
    return em
        .createQuery("SELECT s.id FROM StaffMember s WHERE " + expression + " = :value", Long.class)
        .setParameter("value", value)
        .getResultList()
        .stream()
        .anyMatch(id -> !id.equals(except));
  }

  public void setActive(long id, boolean active, String by) {
    StaffMember member = find(id).orElseThrow(() -> invalid("id", "org.staff.notFound"));
    if (member.isActive() == active) {
      return;
    }
    if (!active) {
      LocalDate yesterday = LocalDate.now().minusDays(1);
      for (Assignment a : assignmentsOf(id)) {
        if (a.getStartsOn().isAfter(yesterday)) {
          // Not begun: ending it on its first day would still have them hold it that day.
          em.remove(a);
        } else if (a.getEndsOn() == null || a.getEndsOn().isAfter(yesterday)) {
          a.setEndsOn(yesterday);
        }
      }
    }
    member.setActive(active);
    audit.record(
        by, active ? "org.staff.reactivated" : "org.staff.deactivated", target(member), null, null);
    em.flush(); // the version the caller reads next is the one committed
  }

  /**
   * Gives a staff member a position from {@code startsOn} to {@code endsOn} (open-ended when null).
   * Holders never exceed the headcount, nobody holds the same position twice at once, and acting
   * periods of one position never overlap. The position row is locked for the check, so two
   * concurrent assignments cannot both pass it.
   */
  public Assignment assign(
      long staffId,
      long positionId,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean acting,
      String by) {
    StaffMember member = find(staffId).orElseThrow(() -> invalid("staffId", "org.staff.notFound"));
    if (!member.isActive()) {
      throw invalid("staffId", "org.staff.inactive", member.getName());
    }
    Position position = em.find(Position.class, positionId, LockModeType.PESSIMISTIC_WRITE);
    if (position == null) {
      throw invalid("positionId", "org.position.notFound");
    }
    if (startsOn == null) {
      throw invalid("startsOn", "org.required");
    }
    if (endsOn != null && endsOn.isBefore(startsOn)) {
      throw invalid("endsOn", "org.assignment.endsBeforeStart");
    }
    if (acting && endsOn == null) {
      throw invalid("endsOn", "org.assignment.actingNeedsEnd");
    }
    checkPeriod(member, position, startsOn, endsOn, acting, null);
    Assignment assignment = new Assignment(staffId, positionId, startsOn, endsOn, acting);
    em.persist(assignment);
    em.flush();
    audit.record(
        by,
        "org.assignment.created",
        target(member),
        null,
        (acting ? "acting " : "")
            + "position:"
            + positionId
            + " "
            + startsOn
            + ".."
            + (endsOn == null ? "" : endsOn));
    return assignment;
  }

  /**
   * The rules of holding a position for a period: nobody holds it twice at once, acting periods do
   * not overlap, and regular holders stay within the headcount. {@code except} is the assignment
   * being extended, which does not count against itself.
   */
  private void checkPeriod(
      StaffMember member,
      Position position,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean acting,
      Long except) {
    List<Assignment> overlapping =
        assignmentsTo(position.getId()).stream()
            .filter(a -> !a.getId().equals(except) && a.overlaps(startsOn, endsOn))
            .toList();
    for (Assignment other : overlapping) {
      if (other.getStaffId().equals(member.getId())) {
        throw invalid("positionId", "org.assignment.alreadyHolds", member.getName());
      }
      if (acting && other.isActing()) {
        throw invalid(
            "startsOn", "org.assignment.actingOverlap", other.getStartsOn(), other.getEndsOn());
      }
    }
    if (!acting
        && peakHolders(overlapping.stream().filter(a -> !a.isActing()).toList(), startsOn)
            >= position.getHeadcount()) {
      throw invalid(
          "positionId",
          "org.assignment.headcountFull",
          position.getTitle(),
          position.getHeadcount());
    }
  }

  /**
   * The most regular holders at any one day of a period, among assignments that overlap it. Holders
   * who follow one another share a place: only those holding at the same time count together. The
   * peak falls on a day one of them starts (or on the period's first day).
   */
  public static long peakHolders(List<Assignment> overlapping, LocalDate from) {
    long peak = 0;
    for (Assignment a : overlapping) {
      LocalDate day = a.getStartsOn().isBefore(from) ? from : a.getStartsOn();
      peak = Math.max(peak, overlapping.stream().filter(o -> o.covers(day)).count());
    }
    return peak;
  }

  /**
   * Ends an assignment on the given day (inclusive). Moving the end later holds the position for
   * more days, so those days must keep the rules a new assignment keeps.
   */
  public Assignment end(long assignmentId, LocalDate endsOn, String by) {
    Assignment assignment = em.find(Assignment.class, assignmentId);
    if (assignment == null) {
      throw invalid("id", "org.assignment.notFound");
    }
    if (endsOn == null) {
      throw invalid("endsOn", "org.required");
    }
    if (endsOn.isBefore(assignment.getStartsOn())) {
      throw invalid("endsOn", "org.assignment.endsBeforeStart");
    }
    LocalDate before = assignment.getEndsOn();
    if (before != null && endsOn.isAfter(before)) {
      StaffMember member = em.find(StaffMember.class, assignment.getStaffId());
      if (!member.isActive()) {
        throw invalid("endsOn", "org.staff.inactive", member.getName());
      }
      Position position =
          em.find(Position.class, assignment.getPositionId(), LockModeType.PESSIMISTIC_WRITE);
      checkPeriod(
          member, position, before.plusDays(1), endsOn, assignment.isActing(), assignment.getId());
    }
    assignment.setEndsOn(endsOn);
    audit.record(
        by,
        "org.assignment.ended",
        "staff:" + assignment.getStaffId(),
        "position:" + assignment.getPositionId() + " until " + before,
        "until " + endsOn);
    return assignment;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String target(StaffMember member) {
    return "staff:" + member.getId();
  }

  private static String describe(StaffMember m) {
    return "\""
        + m.getName()
        + "\" no="
        + m.getEmployeeNo()
        + " email="
        + m.getEmail()
        + " user="
        + m.getUserId();
  }
}
