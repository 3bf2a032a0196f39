package com.opsuite.core.persistence;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every tenant-owned entity: EclipseLink stamps {@code tenant_id} on insert and adds it to
 * every query, update and delete (wall 1); PostgreSQL row-level security on the same column is wall
 * 2.
 *
 * <p>{@code tenant_id} is part of the primary key: rows are identified per tenant, every index can
 * lead with it, and the tables can be distributed by tenant (Citus) without a schema change.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = TenantOwned.TENANT_COLUMN,
    contextProperty = TenantOwned.TENANT_PROPERTY,
    length = 40,
    primaryKey = true)
public abstract class TenantOwned {

  public static final String TENANT_COLUMN = "tenant_id";

  /** The EntityManager property EclipseLink reads the current tenant from. */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
}
