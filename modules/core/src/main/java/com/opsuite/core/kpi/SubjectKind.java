package com.opsuite.core.kpi;

/** Whom a KPI value or target is about: the whole company, one org unit, or one staff member. */
public enum SubjectKind {
  TENANT,
  UNIT,
  STAFF
}
