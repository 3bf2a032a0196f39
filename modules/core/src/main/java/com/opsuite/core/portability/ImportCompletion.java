package com.opsuite.core.portability;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The imported tenant's first transaction: its audit entry of the import, and the modules'
 * observers of {@link TenantImported}, which commit or fail together.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ImportCompletion {

  @Inject AuditLog audit;
  @Inject Event<TenantImported> imported;

  void complete(String from, String to, String by, String what) {
    audit.record(by, "tenant.imported", to, null, what);
    imported.fire(new TenantImported(from, to));
  }
}
