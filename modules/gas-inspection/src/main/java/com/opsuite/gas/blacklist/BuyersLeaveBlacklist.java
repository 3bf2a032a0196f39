package com.opsuite.gas.blacklist;

import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.gas.registry.PurchasesRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * A customer who buys gas leaves the blacklist at once, in the transaction that stored the purchase
 * (so both happen or neither); the nightly run does it too, for purchases that came in another way.
 */
@ApplicationScoped
class BuyersLeaveBlacklist {

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject TenantContext context;
  @Inject BlacklistLeaving leaving;

  void onPurchases(@Observes PurchasesRecorded recorded) {
    if (recorded.customerIds().isEmpty()) {
      return;
    }
    TenantRef tenant = context.require();
    em.flush(); // the purchases may still be pending in the persistence context
    BlacklistLock.share(em, tenant.code());
    leaving.leave(tenant, LocalDate.now(tenant.timeZone()), recorded.customerIds());
  }
}
