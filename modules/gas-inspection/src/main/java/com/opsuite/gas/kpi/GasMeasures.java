package com.opsuite.gas.kpi;

import com.opsuite.core.kpi.MeasureDefinition;
import com.opsuite.core.kpi.MeasureUnit;
import com.opsuite.core.kpi.SubjectKind;
import java.util.List;

/**
 * The measures the gas-inspection module publishes to core's KPI engine, kept per staff member (the
 * inspector's or assignee's staff record) and for the whole company. All are counts of a period, so
 * they add up from months to quarters and years; shares are formulas over them.
 */
public final class GasMeasures {

  /** Inspections completed in the period (entry failures not counted). */
  public static final String INSPECTIONS_DONE = "gas.inspections-done";

  /** Planned inspections, re-inspections and revisits due in the period, not cancelled. */
  public static final String INSPECTIONS_PLANNED = "gas.inspections-planned";

  /** Hazards closed in the period. */
  public static final String HAZARDS_RECTIFIED = "gas.hazards-rectified";

  /** Of those, the ones closed on or before their deadline (no deadline: never late). */
  public static final String HAZARDS_RECTIFIED_ON_TIME = "gas.hazards-rectified-on-time";

  /** Blacklist audit tasks done in the period. */
  public static final String BLACKLIST_AUDITS_CLOSED = "gas.blacklist-audits-closed";

  private GasMeasures() {}

  public static List<MeasureDefinition> all() {
    return List.of(
            INSPECTIONS_DONE,
            INSPECTIONS_PLANNED,
            HAZARDS_RECTIFIED,
            HAZARDS_RECTIFIED_ON_TIME,
            BLACKLIST_AUDITS_CLOSED)
        .stream()
        .map(
            code ->
                MeasureDefinition.provided(
                    code, MeasureUnit.COUNT, true, SubjectKind.STAFF, SubjectKind.TENANT))
        .toList();
  }
}
