package com.opsuite.core.org;

/** The levels of the organisation: one company, departments in it, groups in departments. */
public enum UnitKind {
  COMPANY,
  DEPARTMENT,
  GROUP;

  public String labelKey() {
    return "org.unitKind." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
