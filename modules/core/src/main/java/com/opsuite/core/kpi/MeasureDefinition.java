package com.opsuite.core.kpi;

import java.util.EnumSet;
import java.util.Set;

/**
 * A measure core or a module declares: a named numeric series that indicator formulas refer to as
 * {@code m['code']}. Its name is {@code measure.<code>} in the declaring module's bundle.
 *
 * @param code dotted, starting with the declaring scope ({@code core.approvals.decided}, {@code
 *     app.downloads.actual})
 * @param unit what its numbers count
 * @param keptPer whom values are kept for: the whole tenant, org units, staff members
 * @param additive whether a quarter or year is the sum of its months (counts, amounts), so a value
 *     entered per month rolls up; shares and averages are not
 * @param entry who supplies the values: people ({@link Entry#MANUAL}) or a {@link MeasureProvider}
 *     computing them from the module's own data ({@link Entry#PROVIDED})
 */
public record MeasureDefinition(
    String code, MeasureUnit unit, Set<SubjectKind> keptPer, boolean additive, Entry entry) {

  public enum Entry {
    MANUAL,
    PROVIDED
  }

  public MeasureDefinition {
    if (code == null
        || !code.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")
        || code.length() > 100) {
      throw new IllegalArgumentException("Measure codes are dotted lower-case words: " + code);
    }
    if (keptPer.isEmpty()) {
      throw new IllegalArgumentException("A measure is kept for someone: " + code);
    }
    keptPer = Set.copyOf(keptPer);
  }

  /** A measure people enter by hand (on the measures page or through the API). */
  public static MeasureDefinition manual(
      String code, MeasureUnit unit, boolean additive, SubjectKind first, SubjectKind... more) {
    return new MeasureDefinition(code, unit, EnumSet.of(first, more), additive, Entry.MANUAL);
  }

  /** A measure a {@link MeasureProvider} computes from data the system already holds. */
  public static MeasureDefinition provided(
      String code, MeasureUnit unit, boolean additive, SubjectKind first, SubjectKind... more) {
    return new MeasureDefinition(code, unit, EnumSet.of(first, more), additive, Entry.PROVIDED);
  }

  public String labelKey() {
    return "measure." + code;
  }

  public boolean manual() {
    return entry == Entry.MANUAL;
  }
}
