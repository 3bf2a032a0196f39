package com.opsuite.core.portability;

import com.opsuite.core.database.SchemaState;
import com.opsuite.core.platform.PlatformOperators;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.database.ConnectionFactory;
import com.opsuite.database.DatabaseSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Creates a new tenant from an archive: the archive is verified whole first (manifest, schema
 * versions, tables, every checksum), then loaded in one database transaction, so a refused or
 * failed import leaves nothing behind. Runs as the schema owner, the one role that may move the
 * shared id sequences forward; row-level security still applies to it (forced on every table). The
 * new tenant's audit log and the platform's record say who imported what.
 */
@ApplicationScoped
public class TenantImports {

  @Inject TenantRegistry registry;
  @Inject SchemaState schema;
  @Inject DatabaseSettings settings;
  @Inject TenantScope scope;
  @Inject ImportCompletion completion;
  @Inject PlatformOperators platform;

  /** What an import loaded. */
  public record ImportReport(
      String code, String name, String from, long rows, Map<String, Long> tables, long tookMs) {}

  public ImportReport importArchive(Path archive, String code, String name, String by) {
    long start = System.nanoTime();
    if (code == null || !TenantRegistry.CODE.matcher(code).matches()) {
      throw InvalidInputException.of("code", "export.import.code");
    }
    if (registry.exists(code)) {
      throw InvalidInputException.of("code", "export.import.codeTaken", code);
    }
    try (ZipFile zip = new ZipFile(archive.toFile());
        Connection c = new ConnectionFactory(settings).ownerDataSource().getConnection()) {
      c.setAutoCommit(false);
      List<TenantTables.Table> tables = TenantTables.discover(c);
      ArchiveManifest manifest = ArchiveCheck.verify(zip, schema.versions(), tables);
      String tenantName = name == null || name.isBlank() ? manifest.tenant().name() : name.strip();
      Map<String, Long> loaded;
      try {
        loaded = new TenantArchiveLoader(c).load(zip, manifest, tables, code, tenantName);
        c.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      ImportReport report =
          new ImportReport(
              code,
              tenantName,
              manifest.tenant().code(),
              manifest.totalRows(),
              loaded,
              (System.nanoTime() - start) / 1_000_000);
      recordImport(report, manifest, by);
      return report;
    } catch (ZipException e) {
      throw ArchiveCheck.refused("export.archive.unreadable");
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Import into " + code + " failed", e);
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
