package com.opsuite.it;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * A realistic large tenant written straight into the database (as the administrator, with the
 * tenant's code in every row, so row-level security shows it to the application): one company, 10
 * departments of 5 groups, positions four levels deep (general manager, department heads, group
 * leads, four member positions per group), 2,000 staff each holding one position, and 500 past
 * assignments that must not count.
 */
final class LargeOrganisation {

  static final int DEPARTMENTS = 10;
  static final int GROUPS = 5;
  static final int MEMBER_POSITIONS = 4;
  static final int STAFF = 2000;
  static final int PAST = 500;
  static final int UNITS = 1 + DEPARTMENTS + DEPARTMENTS * GROUPS;
  static final int POSITIONS = UNITS + DEPARTMENTS * GROUPS * MEMBER_POSITIONS;

  /**
   * Ids far above what the sequences hand out in a test run; keys are per tenant anyway, and the
   * application adds nothing to this tenant's organisation.
   */
  private static final long BASE = 900_000_000L;

  private static final int LEADS = 1 + DEPARTMENTS + DEPARTMENTS * GROUPS;
  private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

  private final String tenant;

  LargeOrganisation(String tenant) {
    this.tenant = tenant;
  }

  long generalManager() {
    return BASE;
  }

  long departmentHead(int department) {
    return BASE + 1 + department;
  }

  long groupLead(int group) {
    return BASE + 1 + DEPARTMENTS + group;
  }

  int assignments() {
    return STAFF + PAST;
  }

  /** Units and their head positions share ids: company, departments, then groups. */
  private static long departmentUnit(int d) {
    return BASE + 1 + d;
  }

  private static long groupUnit(int g) {
    return BASE + 1 + DEPARTMENTS + g;
  }

  private static long memberPosition(int index) {
    return BASE + 1000 + index;
  }

  /** The member position the member with this index holds: spread evenly over all of them. */
  private static int memberPositionOf(int member) {
    return member % (DEPARTMENTS * GROUPS * MEMBER_POSITIONS);
  }

  /** How many people are under the staff member, counted from the shape, not the database. */
  int expectedTeam(long staff) {
    if (staff == generalManager()) {
      return STAFF - 1;
    }
    int members = STAFF - LEADS;
    if (staff >= departmentHead(0) && staff < departmentHead(DEPARTMENTS)) {
      int d = (int) (staff - departmentHead(0));
      int count = GROUPS;
      for (int m = 0; m < members; m++) {
        if (memberPositionOf(m) / (GROUPS * MEMBER_POSITIONS) == d) {
          count++;
        }
      }
      return count;
    }
    int g = (int) (staff - groupLead(0));
    int count = 0;
    for (int m = 0; m < members; m++) {
      if (memberPositionOf(m) / MEMBER_POSITIONS == g) {
        count++;
      }
    }
    return count;
  }

  void insert(Connection db) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement unit =
            db.prepareStatement(
                "INSERT INTO org_unit (tenant_id, id, parent_id, kind, name, head_position_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement position =
            db.prepareStatement(
                "INSERT INTO org_position (tenant_id, id, unit_id, title, reports_to_id,"
                    + " headcount) VALUES (?, ?, ?, ?, ?, ?)")) {
      addUnit(unit, BASE, null, "COMPANY", "Company " + tenant);
      addPosition(position, BASE, BASE, "General manager", null, 1);
      for (int d = 0; d < DEPARTMENTS; d++) {
        addUnit(unit, departmentUnit(d), BASE, "DEPARTMENT", "Department " + d);
        addPosition(position, departmentUnit(d), departmentUnit(d), "Head", BASE, 1);
        for (int i = 0; i < GROUPS; i++) {
          int g = d * GROUPS + i;
          addUnit(unit, groupUnit(g), departmentUnit(d), "GROUP", "Group " + g);
          addPosition(position, groupUnit(g), groupUnit(g), "Lead", departmentUnit(d), 1);
          for (int k = 0; k < MEMBER_POSITIONS; k++) {
            int index = g * MEMBER_POSITIONS + k;
            addPosition(
                position, memberPosition(index), groupUnit(g), "Role " + k, groupUnit(g), 100);
          }
        }
      }
      unit.executeBatch();
      position.executeBatch();
    }
    try (PreparedStatement staff =
            db.prepareStatement(
                "INSERT INTO staff_member (tenant_id, id, name, employee_no) VALUES (?, ?, ?, ?)");
        PreparedStatement assignment =
            db.prepareStatement(
                "INSERT INTO position_assignment (tenant_id, id, staff_id, position_id,"
                    + " starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int s = 0; s < STAFF; s++) {
        long id = BASE + s;
        staff.setString(1, tenant);
        staff.setLong(2, id);
        staff.setString(3, String.format("Staff %04d", s));
        staff.setString(4, String.format("P%04d", s));
        staff.addBatch();
        // The first LEADS staff hold the head positions, whose ids match theirs.
        long holds = s < LEADS ? id : memberPosition(memberPositionOf(s - LEADS));
        addAssignment(assignment, id, id, holds, SINCE, null);
      }
      for (int m = 0; m < PAST; m++) {
        long staffId = BASE + LEADS + m;
        long earlier = memberPosition(memberPositionOf(m + 7));
        addAssignment(
            assignment,
            BASE + 10_000 + m,
            staffId,
            earlier,
            SINCE.minusYears(2),
            SINCE.minusDays(1));
      }
      staff.executeBatch();
      assignment.executeBatch();
    }
    db.commit();
    // What autovacuum would have done by the time a tenant grew this large.
    try (Statement st = db.createStatement()) {
      db.setAutoCommit(true);
      st.execute("ANALYZE org_unit, org_position, staff_member, position_assignment");
    }
  }

  private void addUnit(PreparedStatement ps, long id, Long parent, String kind, String name)
      throws SQLException {
    ps.setString(1, tenant);
    ps.setLong(2, id);
    ps.setObject(3, parent);
    ps.setString(4, kind);
    ps.setString(5, name);
    ps.setLong(6, id);
    ps.addBatch();
  }

  private void addPosition(
      PreparedStatement ps, long id, long unit, String title, Long reportsTo, int headcount)
      throws SQLException {
    ps.setString(1, tenant);
    ps.setLong(2, id);
    ps.setLong(3, unit);
    ps.setString(4, title);
    ps.setObject(5, reportsTo);
    ps.setInt(6, headcount);
    ps.addBatch();
  }

  private void addAssignment(
      PreparedStatement ps, long id, long staff, long position, LocalDate from, LocalDate to)
      throws SQLException {
    ps.setString(1, tenant);
    ps.setLong(2, id);
    ps.setLong(3, staff);
    ps.setLong(4, position);
    ps.setDate(5, Date.valueOf(from));
    ps.setDate(6, to == null ? null : Date.valueOf(to));
    ps.addBatch();
  }
}
