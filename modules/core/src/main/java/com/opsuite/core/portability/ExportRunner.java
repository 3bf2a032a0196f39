package com.opsuite.core.portability;

import com.opsuite.core.database.SchemaState;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import com.opsuite.database.ConnectionFactory;
import com.opsuite.database.DatabaseSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a tenant export and runs it in the background: the request gets the export's id at once,
 * the archive is written by a managed thread into the export folder, and progress is saved to the
 * export's row about once a second (each save its own short transaction for the named tenant).
 */
@ApplicationScoped
public class ExportRunner {

  private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());
  private static final long SAVE_EVERY_NANOS = 1_000_000_000L;

  @Inject TenantExports exports;
  @Inject TenantContext context;
  @Inject TenantRegistry registry;
  @Inject TenantScope scope;
  @Inject SchemaState schema;
  @Inject ExportStorage storage;
  @Inject DatabaseSettings settings;
  @Resource ManagedExecutorService executor;

  /** Opens an export of the current tenant for the caller and starts writing it. */
  public TenantExport start(String by) {
    TenantRef tenant = context.require();
    TenantExport export = exports.open(by);
    ArchiveManifest.TenantRow row =
        registry
            .find(tenant.code())
            .map(
                t ->
                    new ArchiveManifest.TenantRow(
                        t.getCode(),
                        t.getName(),
                        t.getLocale().toLanguageTag(),
                        t.getTimeZone().getId()))
            .orElseThrow();
    String id = export.getId();
    executor.execute(() -> run(tenant, id, row));
    return export;
  }

  private void run(TenantRef tenant, String id, ArchiveManifest.TenantRow row) {
    // The first report (the counts) is saved at once.
    long[] lastSave = {System.nanoTime() - 2 * SAVE_EVERY_NANOS};
    try {
      Path partial = storage.partial(tenant.code(), id);
      ExportProgress progress;
      try (Connection c = new ConnectionFactory(settings).applicationDataSource().getConnection()) {
        ExportProgress[] seen = new ExportProgress[1];
        new TenantArchiveWriter(
                c,
                p -> {
                  seen[0] = p;
                  if (System.nanoTime() - lastSave[0] > SAVE_EVERY_NANOS) {
                    scope.run(tenant, () -> exports.progressed(id, p));
                    lastSave[0] = System.nanoTime();
                  }
                })
            .write(row, schema.versions(), partial);
        progress = seen[0];
      }
      String sha256 = sha256(partial);
      long bytes = Files.size(partial);
      Files.move(partial, storage.archive(tenant.code(), id), StandardCopyOption.ATOMIC_MOVE);
      scope.run(tenant, () -> exports.finished(id, progress, bytes, sha256));
    } catch (Exception | Error e) {
      LOG.log(Level.WARNING, "Export " + id + " of " + tenant.code() + " failed", e);
      scope.run(tenant, () -> exports.failed(id, String.valueOf(e)));
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest = TenantArchiveWriter.sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
