package com.opsuite.core.portability;

import com.opsuite.core.audit.RequestOrigin;
import com.opsuite.core.database.SchemaState;
import com.opsuite.core.platform.PlatformOperators;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.database.ConnectionFactory;
import com.opsuite.database.DatabaseSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Creates a new tenant from an archive: the archive is verified whole first (manifest, schema
 * versions, tables, every checksum), then loaded in one database transaction (see {@link
 * ImportJobs}: in the background), so a refused or failed import leaves nothing behind. Runs as the
 * schema owner, the one role that may move the shared id sequences forward; row-level security
 * still applies to it (forced on every table). The new tenant's audit log and the platform's record
 * say who imported what.
 */
@ApplicationScoped
public class TenantImports {

  private static final Logger LOG = Logger.getLogger(TenantImports.class.getName());

  @Inject TenantRegistry registry;
  @Inject SchemaState schema;
  @Inject DatabaseSettings settings;
  @Inject TenantScope scope;
  @Inject ImportCompletion completion;
  @Inject PlatformOperators platform;
  @Inject RequestOrigin origin;

  /** What an import loaded. */
  public record ImportReport(
      String code, String name, String from, long rows, Map<String, Long> tables, long tookMs) {}

  /** An archive that passed every check, with the code and name it is to be imported as. */
  public record Verified(ArchiveManifest manifest, String code, String name) {}

  /**
   * Everything checked before anything is written (the code, then the whole archive): a refusal is
   * an {@link InvalidInputException} naming the reason.
   */
  public Verified verify(Path archive, String code, String name) {
    if (code == null || !TenantRegistry.CODE.matcher(code).matches()) {
      throw InvalidInputException.of("code", "export.import.code");
    }
    if (registry.exists(code)) {
      throw InvalidInputException.of("code", "export.import.codeTaken", code);
    }
    try (ZipFile zip = new ZipFile(archive.toFile());
        Connection c = new ConnectionFactory(settings).ownerDataSource().getConnection()) {
      ArchiveManifest manifest =
          ArchiveCheck.verify(zip, schema.versions(), TenantTables.discover(c));
      String tenantName = name == null || name.isBlank() ? manifest.tenant().name() : name.strip();
      return new Verified(manifest, code, tenantName);
    } catch (ZipException e) {
      throw ArchiveCheck.refused("export.archive.unreadable");
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Checking the archive for " + code + " failed", e);
    }
  }

  /**
   * Loads a verified archive in one transaction, telling {@code progress} the rows loaded so far
   * after each table. Runs in the background: a request context of its own carries the operator's
   * address ({@code from}, null when unknown) to the audit log and the platform's record.
   */
  @ActivateRequestContext
  public ImportReport load(
      Path archive, Verified verified, String by, String from, LongConsumer progress) {
    if (from != null) {
      origin.set(from);
    }
    long start = System.nanoTime();
    ArchiveManifest manifest = verified.manifest();
    try (ZipFile zip = new ZipFile(archive.toFile());
        Connection c = new ConnectionFactory(settings).ownerDataSource().getConnection()) {
      c.setAutoCommit(false);
      Map<String, Long> loaded;
      try {
        loaded =
            new TenantArchiveLoader(c, progress)
                .load(zip, manifest, TenantTables.discover(c), verified.code(), verified.name());
        c.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException lost) {
          // The connection is gone (the database restarted): the cause is the failure itself.
          e.addSuppressed(lost);
        }
        throw e;
      }
      ImportReport report =
          new ImportReport(
              verified.code(),
              verified.name(),
              manifest.tenant().code(),
              manifest.totalRows(),
              loaded,
              (System.nanoTime() - start) / 1_000_000);
      try {
        recordImport(report, manifest, by);
      } catch (RuntimeException e) {
        // Committed: the tenant is there, and saying the import failed would be false.
        LOG.log(Level.SEVERE, "Imported " + report.code() + " but could not record it", e);
      }
      return report;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Import into " + verified.code() + " failed", e);
    }
  }

  private void recordImport(ImportReport report, ArchiveManifest manifest, String by) {
    String what =
        report.rows()
            + " rows from "
            + manifest.tenant().code()
            + " exported "
            + manifest.createdAt();
    registry
        .findActive(report.code())
        .ifPresent(
            tenant ->
                scope.run(
                    tenant,
                    () -> completion.complete(manifest.tenant().code(), report.code(), by, what)));
    platform.record(by, "tenant.imported", report.code());
  }
}
