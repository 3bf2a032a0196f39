package com.opsuite.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs work for an explicitly named tenant: timers, batch jobs, asynchronous tasks and start-up
 * provisioning carry the tenant this way instead of inheriting it from a thread. Outside a request
 * a fresh request context holds the tenant for the duration of the call only; inside one, the
 * request's own tenant (if any) is restored afterwards. The work must open its own transaction: one
 * transaction never serves two tenants.
 */
@ApplicationScoped
public class TenantScope {

  @Inject TenantContext context;

  @ActivateRequestContext
  public <T> T call(TenantRef tenant, Supplier<T> work) {
    TenantRef previous = context.swap(tenant);
    try {
      return work.get();
    } finally {
      context.swap(previous);
    }
  }

  @ActivateRequestContext
  public void run(TenantRef tenant, Runnable work) {
    call(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }
}
