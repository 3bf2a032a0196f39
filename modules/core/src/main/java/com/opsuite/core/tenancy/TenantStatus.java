package com.opsuite.core.tenancy;

/** Whether a tenant's users can work. A suspended tenant keeps its data but answers 404. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
