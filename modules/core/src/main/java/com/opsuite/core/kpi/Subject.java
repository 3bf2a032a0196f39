package com.opsuite.core.kpi;

/**
 * Whom a value, target or score is about: the whole tenant (id 0), an {@code OrgUnit} or a {@code
 * StaffMember} by id. Written {@code tenant}, {@code unit:12}, {@code staff:34}.
 */
public record Subject(SubjectKind kind, long id) {

  private static final Subject TENANT = new Subject(SubjectKind.TENANT, 0);

  public Subject {
    if ((kind == SubjectKind.TENANT) != (id == 0)) {
      throw new IllegalArgumentException("The tenant has id 0, units and staff their own");
    }
  }

  public static Subject tenant() {
    return TENANT;
  }

  public static Subject staff(long staffId) {
    return new Subject(SubjectKind.STAFF, staffId);
  }

  public static Subject unit(long unitId) {
    return new Subject(SubjectKind.UNIT, unitId);
  }

  @Override
  public String toString() {
    return kind == SubjectKind.TENANT ? "tenant" : kind.name().toLowerCase() + ":" + id;
  }
}
