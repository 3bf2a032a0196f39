package com.opsuite.core.portability;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Writes one tenant's archive: every tenant-owned table streamed out of PostgreSQL with binary
 * {@code COPY} (bytea and every other type byte for byte, nothing held in memory beyond a row) into
 * a ZIP entry, hashed as it goes, then {@code manifest.json}. Runs on an application-role
 * connection with the tenant set, so row-level security scopes every statement besides its own
 * {@code WHERE}, in one read-only repeatable-read transaction: all tables are one consistent
 * snapshot, and the row counts taken first are exactly the rows copied.
 */
final class TenantArchiveWriter {

  /** How often progress is reported while a table streams. */
  private static final long REPORT_EVERY_NANOS = 1_000_000_000L;

  /** Told about progress from the writing thread; may save it. */
  interface Listener {
    void progressed(ExportProgress progress);
  }

  private final Connection connection;
  private final Listener listener;

  TenantArchiveWriter(Connection connection, Listener listener) {
    this.connection = connection;
    this.listener = listener;
  }

  ArchiveManifest write(
      ArchiveManifest.TenantRow tenant, Map<String, String> schemaVersions, Path target)
      throws SQLException, IOException {
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    try {
      try (PreparedStatement ps =
          connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        ps.setString(1, tenant.code());
        ps.execute();
      }
      List<TenantTables.Table> tables = TenantTables.discover(connection);
      ExportProgress progress = new ExportProgress();
      for (TenantTables.Table table : tables) {
        progress.counted(table.name(), count(table, tenant.code()));
      }
      listener.progressed(progress);
      List<ArchiveManifest.Entry> entries = new ArrayList<>();
      try (ZipOutputStream zip =
          new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
        // The binary entries compress well (much of them is lengths and repeated values), and the
        // fastest level keeps compression well below the database's own pace.
        zip.setLevel(Deflater.BEST_SPEED);
        for (TenantTables.Table table : tables) {
          entries.add(copy(table, tenant.code(), zip, progress));
        }
        ArchiveManifest manifest =
            new ArchiveManifest(
                ArchiveManifest.FORMAT,
                ArchiveManifest.VERSION,
                tenant,
                Instant.now(),
                schemaVersions,
                entries);
        zip.putNextEntry(new ZipEntry(ArchiveManifest.NAME));
        manifest.write(new Unclosable(zip));
        zip.closeEntry();
        listener.progressed(progress);
        return manifest;
      }
    } finally {
      connection.rollback();
    }
  }

  private long count(TenantTables.Table table, String tenant) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT count(*) FROM " + TenantTables.quoted(table.name()) + " WHERE tenant_id = ?")) {
      ps.setString(1, tenant);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private ArchiveManifest.Entry copy(
      TenantTables.Table table, String tenant, ZipOutputStream zip, ExportProgress progress)
      throws SQLException, IOException {
    String path = ArchiveManifest.entryPath(table.name());
    zip.putNextEntry(new ZipEntry(path));
    MessageDigest sha256 = sha256();
    long[] bytes = {0};
    OutputStream out =
        new DigestOutputStream(
            new FilterOutputStream(zip) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                bytes[0] += len;
              }
            },
            sha256);
    CopyOut copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyOut(
                "COPY (SELECT "
                    + table.columnList()
                    + " FROM "
                    + TenantTables.quoted(table.name())
                    + " WHERE tenant_id = "
                    + literal(tenant)
                    + ") TO STDOUT (FORMAT binary)");
    long messages = 0;
    long lastReport = System.nanoTime();
    byte[] data;
    while ((data = copy.readFromCopy()) != null) {
      out.write(data);
      // Each row is one message (the header rides with the first, the trailer is one more).
      messages++;
      if (System.nanoTime() - lastReport > REPORT_EVERY_NANOS) {
        progress.advanced(table.name(), messages);
        listener.progressed(progress);
        lastReport = System.nanoTime();
      }
    }
    out.flush();
    zip.closeEntry();
    long rows = copy.getHandledRowCount();
    progress.advanced(table.name(), rows);
    return new ArchiveManifest.Entry(
        table.name(),
        path,
        table.columns(),
        rows,
        bytes[0],
        HexFormat.of().formatHex(sha256.digest()));
  }

  /** COPY takes no parameters; tenant codes are lower-case letters, digits and hyphens anyway. */
  private static String literal(String code) {
    return "'" + code.replace("'", "''") + "'";
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The manifest's JSON writer closes its stream; the ZIP must stay open for its directory. */
  private static final class Unclosable extends FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
