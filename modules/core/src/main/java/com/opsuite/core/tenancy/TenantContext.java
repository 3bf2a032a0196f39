package com.opsuite.core.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant of the current request. Request-scoped, so it ends with the request and never leaks
 * into the next one a pooled thread serves; background work enters a tenant through {@link
 * TenantScope} instead.
 */
@RequestScoped
public class TenantContext {

  private TenantRef tenant;

  /** Binds the request to a tenant, once: a request never changes tenant halfway. */
  public void enter(TenantRef tenant) {
    if (this.tenant != null && !this.tenant.code().equals(tenant.code())) {
      throw new IllegalStateException("This request already works for another tenant");
    }
    this.tenant = tenant;
  }

  /** For {@link TenantScope} only: works for another tenant for a while, then switches back. */
  TenantRef swap(TenantRef tenant) {
    TenantRef previous = this.tenant;
    this.tenant = tenant;
    return previous;
  }

  public Optional<TenantRef> current() {
    return Optional.ofNullable(tenant);
  }

  /** The current tenant; an error where code that needs one runs without (a programming error). */
  public TenantRef require() {
    if (tenant == null) {
      throw new NoTenantException();
    }
    return tenant;
  }
}
