package com.opsuite.web.kpi;

import com.opsuite.core.kpi.Subject;

/**
 * Subjects as select values: {@code tenant}, {@code unit:12}, {@code staff:34} (the core's own text
 * form), so one select can offer the company, its units and its people.
 */
final class SubjectKeys {

  private SubjectKeys() {}

  static String key(Subject subject) {
    return subject.toString();
  }

  /** The subject of a select value; the tenant for anything unreadable. */
  static Subject parse(String key) {
    if (key == null || !key.contains(":")) {
      return Subject.tenant();
    }
    String[] parts = key.split(":", 2);
    try {
      long id = Long.parseLong(parts[1]);
      return "unit".equals(parts[0]) ? Subject.unit(id) : Subject.staff(id);
    } catch (IllegalArgumentException e) {
      return Subject.tenant();
    }
  }
}
