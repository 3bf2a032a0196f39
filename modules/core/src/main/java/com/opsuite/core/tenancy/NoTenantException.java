package com.opsuite.core.tenancy;

/** Tenant-owned data was touched where no tenant is bound: refused rather than guessed. */
public class NoTenantException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public NoTenantException() {
    super("No tenant is bound to this request or job");
  }
}
