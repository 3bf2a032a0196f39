package com.opsuite.it;

import static java.util.Map.entry;

import java.util.Map;
import java.util.TreeMap;

/**
 * The update operations that carry no version, each with why a concurrent call cannot silently
 * overwrite what another person saved. An operation missing here and carrying no version fails
 * {@link ConcurrentEditsIT}: give it a version, or a reason here that is true.
 */
final class NotVersioned {

  static final String STEP =
      "a workflow step: refused (409) unless the record is still in the state the step starts"
          + " from, so of two concurrent steps the second is refused, not applied over the first";
  static final String APPEND =
      "adds a new row under the record (message, note, photo, entry): nothing stored is replaced";
  static final String SET_ONE =
      "sets one value (a switch, a date, each setting sent) to what was sent and writes back no"
          + " stale copy of other fields: concurrent calls end as if made one after the other";
  static final String RUN =
      "runs or recomputes from stored data: carries no user edit that could overwrite another";
  static final String OWN = "the caller's own account, preferences or notifications";
  static final String PLATFORM = "a platform operator's switch on a whole tenant";

  static final Map<String, String> REASONS =
      Map.ofEntries(
          entry("PUT v1/core/account/password", OWN),
          entry("PUT v1/core/notifications/preferences", OWN),
          entry("POST v1/core/notifications/{id}/read", OWN),
          entry("POST v1/core/appraisal/evaluations/{id}", OWN),
          entry("POST v1/core/appraisal/cycles/{id}/compute", RUN),
          entry("POST v1/core/appraisal/cycles/{id}/reminders", RUN),
          entry("POST v1/core/appraisal/results/{id}/compute", RUN),
          entry("POST v1/core/org/templates/{module}", RUN),
          entry("POST v1/gas-inspection/plan/{year}", RUN),
          entry("POST v1/online-ops/platforms/{id}/credential/reveal", RUN),
          entry("POST v1/core/appraisal/cycles/{id}/sign-off", STEP),
          entry("POST v1/core/appraisal/results/{id}/reopen", STEP),
          entry("POST v1/online-ops/expense-claims/{id}/invoice", STEP),
          entry("POST v1/gas-inspection/inspections/{id}/signature", STEP),
          entry("POST v1/core/org/staff/{id}/assignments", APPEND),
          entry("POST v1/gas-inspection/certificates/{customerId}/entries", APPEND),
          entry("PUT v1/gas-inspection/customers/{id}/card", APPEND),
          entry("POST v1/gas-inspection/field-cases/occupations/{id}/notes", APPEND),
          entry("POST v1/gas-inspection/inspections/{id}/photos", APPEND),
          entry("POST v1/gas-inspection/theft-cases/{id}/evidence", APPEND),
          entry("POST v1/online-ops/cadence/columns/{id}/review", APPEND),
          entry("POST v1/online-ops/campaigns/{id}/figures", APPEND),
          entry("POST v1/online-ops/campaigns/{id}/tasks", APPEND),
          entry("PUT v1/core/calendar/days/{day}", SET_ONE),
          entry("PUT v1/core/kpi/periods/{period}/closed", SET_ONE),
          entry("PUT v1/core/modules/{id}", SET_ONE),
          entry("PUT v1/core/org/staff/{id}/active", SET_ONE),
          entry("PUT v1/core/org/staff/{id}/assignments/{assignment}/end", SET_ONE),
          entry("PUT v1/core/users/{id}/active", SET_ONE),
          entry("PUT v1/online-ops/platforms/{id}/publishers/{userId}", SET_ONE),
          entry("PUT v1/{scope}/settings", SET_ONE),
          entry("POST v1/platform/tenants/{code}/reactivate", PLATFORM),
          entry("POST v1/platform/tenants/{code}/suspend", PLATFORM));

  private NotVersioned() {}

  /** How many listed operations give each reason, by the reason's name here. */
  static Map<String, Long> countsByReason() {
    Map<String, String> names =
        Map.of(
            STEP,
            "step",
            APPEND,
            "append",
            SET_ONE,
            "set-one",
            RUN,
            "run",
            OWN,
            "own",
            PLATFORM,
            "platform");
    Map<String, Long> counts = new TreeMap<>();
    REASONS.values().forEach(reason -> counts.merge(names.get(reason), 1L, Long::sum));
    return counts;
  }
}
