package com.opsuite.gas.hazard;

import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night, escalates each tenant's overdue hazards, one transaction per tenant in the tenant's
 * own time zone. An EJB timer because a schedule is the point; non-persistent, because a missed
 * night is caught up by the next (escalation is idempotent).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // each tenant's call opens its own
public class HazardEscalationTimer {

  private static final Logger LOG = Logger.getLogger(HazardEscalationTimer.class.getName());
  static final String ACTOR = "system:hazard-escalation";

  @Inject TenantRegistry tenants;
  @Inject TenantScope scope;
  @Inject TenantModules modules;
  @Inject HazardEscalation escalation;

  @Schedule(hour = "1", minute = "10", persistent = false, info = "gas hazard escalation")
  public void nightly() {
    for (TenantRef tenant : tenants.active()) {
      try {
        int escalated =
            scope.call(
                tenant,
                () ->
                    modules.isEnabled("gas-inspection")
                        ? escalation.escalateOverdue(LocalDate.now(tenant.timeZone()), ACTOR)
                        : 0);
        if (escalated > 0) {
          LOG.info(() -> tenant.code() + ": " + escalated + " overdue hazard(s) escalated");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Hazard escalation failed for tenant " + tenant.code(), e);
      }
    }
  }
}
