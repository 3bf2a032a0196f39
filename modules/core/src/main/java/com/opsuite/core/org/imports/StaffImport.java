package com.opsuite.core.org.imports;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.org.Assignment;
import com.opsuite.core.org.OrgUnits;
import com.opsuite.core.org.Position;
import com.opsuite.core.org.Positions;
import com.opsuite.core.org.Staff;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Imports staff from a file in two steps: a preview that checks every row and saves nothing, and a
 * commit that checks everything again (the organisation may have changed since the preview) and
 * saves all rows, each with its position, in one transaction, or none.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class StaffImport {

  public static final String AUDIT_ACTION = "org.staff.imported";

  /** Columns in file order, for listing a row's problems in the order the user reads them. */
  private static final List<String> FIELD_ORDER =
      List.of("name", "employeeNo", "email", "phone", "position", "startDate");

  /** Rows saved between two clears of the persistence context. */
  private static final int BATCH = 100;

  @PersistenceContext EntityManager em;
  @Inject Staff staff;
  @Inject Positions positions;
  @Inject OrgUnits units;
  @Inject AuditLog audit;

  /** Every row with its problems; nothing is written. */
  public ImportPreview preview(List<StaffRow> rows) {
    return check(rows, directory());
  }

  /**
   * Saves every row, or refuses with {@link ImportRefused} when any row has a problem now. The
   * positions named are locked first, as {@link Staff#assign} does, so the headcount checked is the
   * headcount the assignments meet.
   */
  public int commit(List<StaffRow> rows, String by) {
    if (rows.isEmpty()) {
      throw ImportFileRefused.content("org.import.noRows");
    }
    PositionDirectory directory = directory();
    lockPositionsNamed(rows, directory);
    ImportPreview preview = check(rows, directory);
    if (!preview.valid()) {
      throw new ImportRefused(preview);
    }
    int saved = 0;
    for (CheckedRow row : preview.rows()) {
      StaffMember member = staff.create(row.row().draft(), by);
      if (row.positionId() != null) {
        staff.assign(member.getId(), row.positionId(), row.startsOn(), null, false, by);
      }
      if (++saved % BATCH == 0) {
        // Every query and flush of the rules compares all managed entities with their originals:
        // letting thousands pile up makes a full import take minutes. The rows are written, the
        // position locks stay with the transaction.
        em.flush();
        em.clear();
      }
    }
    audit.record(by, AUDIT_ACTION, "staff", null, rows.size() + " staff");
    return rows.size();
  }

  private PositionDirectory directory() {
    return new PositionDirectory(positions.all(), units.all());
  }

  private void lockPositionsNamed(List<StaffRow> rows, PositionDirectory directory) {
    TreeSet<Long> ids = new TreeSet<>(); // one order for every import: no deadlock between two
    for (StaffRow row : rows) {
      if (!row.position().isBlank()
          && directory.find(row.position()) instanceof PositionDirectory.Found found) {
        ids.add(found.position().getId());
      }
    }
    for (Long id : ids) {
      em.refresh(em.find(Position.class, id), LockModeType.PESSIMISTIC_WRITE);
    }
  }

  private ImportPreview check(List<StaffRow> rows, PositionDirectory directory) {
    Map<String, List<Integer>> employeeNos = rowsBy(rows, StaffRow::employeeNo);
    Map<String, List<Integer>> emails = rowsBy(rows, StaffRow::email);
    Headcounts headcounts = new Headcounts();
    List<CheckedRow> checked = new ArrayList<>(rows.size());
    for (StaffRow row : rows) {
      List<Violation> problems = new ArrayList<>(staff.problems(row.draft(), null));
      duplicate(row, "employeeNo", row.employeeNo(), employeeNos, problems);
      duplicate(row, "email", row.email(), emails, problems);
      LocalDate startsOn = null;
      if (!row.startDate().isBlank()) {
        startsOn = StartDates.parse(row.startDate()).orElse(null);
        if (startsOn == null) {
          problems.add(new Violation("startDate", "org.import.dateInvalid", row.startDate()));
        }
      }
      Position position = position(row, directory, problems);
      if (position != null && row.startDate().isBlank()) {
        problems.add(new Violation("startDate", "org.import.startRequired"));
      }
      if (position != null && startsOn != null && !headcounts.take(position, startsOn)) {
        problems.add(
            new Violation(
                "position",
                "org.assignment.headcountFull",
                directory.qualified(position),
                position.getHeadcount()));
      }
      problems.sort(Comparator.comparingInt(v -> FIELD_ORDER.indexOf(v.field())));
      checked.add(
          new CheckedRow(row, position == null ? null : position.getId(), startsOn, problems));
    }
    return new ImportPreview(checked);
  }

  private static Position position(
      StaffRow row, PositionDirectory directory, List<Violation> problems) {
    if (row.position().isBlank()) {
      return null;
    }
    PositionDirectory.Match match = directory.find(row.position());
    if (match instanceof PositionDirectory.Found found) {
      return found.position();
    }
    if (match instanceof PositionDirectory.Ambiguous ambiguous) {
      problems.add(
          new Violation(
              "position",
              "org.import.positionAmbiguous",
              row.position(),
              String.join(", ", ambiguous.candidates())));
    } else {
      problems.add(new Violation("position", "org.import.positionUnknown", row.position()));
    }
    return null;
  }

  /** Rows by a value that must be unique (compared without case), for duplicates in the file. */
  private static Map<String, List<Integer>> rowsBy(
      List<StaffRow> rows, Function<StaffRow, String> value) {
    Map<String, List<Integer>> byValue = new HashMap<>();
    for (StaffRow row : rows) {
      String v = value.apply(row);
      if (!v.isBlank()) {
        byValue.computeIfAbsent(key(v), k -> new ArrayList<>()).add(row.row());
      }
    }
    return byValue;
  }

  private static void duplicate(
      StaffRow row,
      String field,
      String value,
      Map<String, List<Integer>> rowsByValue,
      List<Violation> problems) {
    if (value.isBlank()) {
      return;
    }
    List<String> others =
        rowsByValue.get(key(value)).stream()
            .filter(r -> r != row.row())
            .map(String::valueOf)
            .toList();
    if (!others.isEmpty()) {
      problems.add(
          new Violation(field, "org.import.duplicateInFile", value, String.join(", ", others)));
    }
  }

  private static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Places taken in each position, counted as {@link Staff#assign} counts them for an open-ended
   * assignment from the start date, plus the earlier rows of the file that go to it.
   */
  private final class Headcounts {
    private final Map<Long, List<Assignment>> existing = new HashMap<>();
    private final Map<Long, Integer> fromFile = new HashMap<>();

    boolean take(Position position, LocalDate startsOn) {
      long taken =
          Staff.peakHolders(
                  existing.computeIfAbsent(position.getId(), staff::assignmentsTo).stream()
                      .filter(a -> !a.isActing())
                      .filter(a -> a.getEndsOn() == null || !a.getEndsOn().isBefore(startsOn))
                      .toList(),
                  startsOn)
              + fromFile.getOrDefault(position.getId(), 0);
      fromFile.merge(position.getId(), 1, Integer::sum);
      return taken < position.getHeadcount();
    }
  }
}
