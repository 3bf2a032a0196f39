package com.opsuite.core.kpi;

import java.util.List;
import java.util.Set;

/**
 * Computes {@link MeasureDefinition.Entry#PROVIDED provided} measures from the data a module (or
 * core) already holds. An application-scoped CDI bean in the module's jar: core finds every
 * provider through CDI and asks it, never naming a module.
 *
 * <p>Core calls {@link #values} once per period for all the measures a computation needs, inside
 * the current tenant's transaction (queries are tenant-filtered as everywhere), so a provider reads
 * in bulk: one query for every staff member, not one per person. The period may be a month, a
 * quarter or a year; read by its days in the tenant's time zone. A subject missing from the answer
 * has no value; for an additive measure that means zero (nothing happened).
 */
public interface MeasureProvider {

  /** The codes of the measures this provider computes; each is declared as PROVIDED. */
  Set<String> measureCodes();

  /** The values of the asked measures (a subset of {@link #measureCodes()}) in the period. */
  List<PublishedValue> values(Set<String> measureCodes, Period period);

  /** One value of one measure for one subject. */
  record PublishedValue(String measureCode, Subject subject, java.math.BigDecimal value) {}
}
