package com.opsuite.core.kpi;

import java.util.List;

/** The measures core itself keeps; their names are in core's bundle. */
public final class CoreMeasures {

  /** Approval decisions an approver made in the period (approved or rejected). */
  public static final String APPROVALS_DECIDED = "core.approvals.decided";

  /** Of those, the ones made by the step's due time (a step without a deadline is never late). */
  public static final String APPROVALS_DECIDED_ON_TIME = "core.approvals.decided-on-time";

  private CoreMeasures() {}

  public static List<MeasureDefinition> all() {
    return List.of(
        MeasureDefinition.provided(APPROVALS_DECIDED, MeasureUnit.COUNT, true, SubjectKind.STAFF),
        MeasureDefinition.provided(
            APPROVALS_DECIDED_ON_TIME, MeasureUnit.COUNT, true, SubjectKind.STAFF));
  }
}
