package com.opsuite.core.portability;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The current tenant's exports: their rows, and the audit entries of who took the data. */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantExports {

  static final int RECENT = 10;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  TenantExport open(String by) {
    TenantExport export = new TenantExport(by);
    em.persist(export);
    audit.record(by, "tenant.export.started", export.getId(), null, null);
    return export;
  }

  void progressed(String id, ExportProgress progress) {
    find(id).ifPresent(e -> e.progressed(progress));
  }

  void finished(String id, ExportProgress progress, long bytes, String sha256) {
    find(id)
        .ifPresent(
            e -> {
              e.progressed(progress);
              e.finished(bytes, sha256);
              audit.record(
                  e.getRequestedBy(),
                  "tenant.exported",
                  id,
                  null,
                  e.getRowsTotal() + " rows, " + bytes + " bytes, sha256 " + sha256);
            });
  }

  void failed(String id, String reason) {
    find(id).ifPresent(e -> e.failed(reason));
  }

  /** The download leaves the system: recorded with who took it. */
  void downloaded(String id, String by) {
    audit.record(by, "tenant.export.downloaded", id, null, null);
  }

  public Optional<TenantExport> find(String id) {
    return Optional.ofNullable(id == null ? null : em.find(TenantExport.class, id));
  }

  public List<TenantExport> recent() {
    return em.createQuery(
            "SELECT e FROM TenantExport e ORDER BY e.requestedAt DESC", TenantExport.class)
        .setMaxResults(RECENT)
        .getResultList();
  }
}
