package com.opsuite.core.portability;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;

/**
 * Loads a verified archive as a new tenant, in the caller's transaction: the tenant's registry row,
 * then every table in foreign-key order, each streamed with binary {@code COPY} into a temporary
 * table of exactly its columns and inserted from there with the new tenant's code as {@code
 * tenant_id}. Row-level security is on with the new tenant set, so nothing can land elsewhere. Keys
 * keep their values (every key leads with {@code tenant_id}); afterwards every id sequence is moved
 * past the highest id loaded, for archives from another installation.
 */
final class TenantArchiveLoader {

  private final Connection connection;
  private final LongConsumer progress;

  /** {@code progress} hears the rows loaded so far after each table. */
  TenantArchiveLoader(Connection connection, LongConsumer progress) {
    this.connection = connection;
    this.progress = progress;
  }

  /** Rows loaded per table, in load order. */
  Map<String, Long> load(
      ZipFile zip,
      ArchiveManifest manifest,
      List<TenantTables.Table> tables,
      String code,
      String name)
      throws SQLException, IOException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, code);
      ps.execute();
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO tenant (code, name, locale, time_zone) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, code);
      ps.setString(2, name);
      ps.setString(3, manifest.tenant().locale());
      ps.setString(4, manifest.tenant().timeZone());
      ps.executeUpdate();
    }
    Map<String, ArchiveManifest.Entry> entries = new LinkedHashMap<>();
    manifest.entries().forEach(e -> entries.put(e.table(), e));
    Map<String, Long> loaded = new LinkedHashMap<>();
    long highestId = 0;
    long done = 0;
    for (TenantTables.Table table : tables) {
      ArchiveManifest.Entry entry = entries.get(table.name());
      long rows = table(zip, entry, table, code);
      if (rows != entry.rows()) {
        throw ArchiveCheck.refused("export.archive.rows", table.name(), rows, entry.rows());
      }
      loaded.put(table.name(), rows);
      done += rows;
      progress.accept(done);
      if (rows > 0 && table.columns().contains("id")) {
        highestId = Math.max(highestId, highestId(table, code));
      }
    }
    advanceSequences(highestId);
    return loaded;
  }

  private long table(
      ZipFile zip, ArchiveManifest.Entry entry, TenantTables.Table table, String code)
      throws SQLException, IOException {
    String columns = table.columnList();
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE TEMPORARY TABLE import_rows AS SELECT "
              + columns
              + " FROM "
              + TenantTables.quoted(table.name())
              + " WITH NO DATA");
      try (InputStream in = zip.getInputStream(zip.getEntry(entry.path()))) {
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY import_rows FROM STDIN (FORMAT binary)", in, 1 << 16);
      }
      long rows;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO "
                  + TenantTables.quoted(table.name())
                  + " (tenant_id, "
                  + columns
                  + ") SELECT ?, "
                  + columns
                  + " FROM import_rows")) {
        insert.setString(1, code);
        rows = insert.executeUpdate();
      }
      st.execute("DROP TABLE import_rows");
      return rows;
    }
  }

  private long highestId(TenantTables.Table table, String code) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT max(id) FROM " + TenantTables.quoted(table.name()) + " WHERE tenant_id = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Object max = rs.getObject(1);
        return max instanceof Number n ? n.longValue() : 0;
      }
    }
  }

  /**
   * Sequences are shared by all tenants; after loading ids minted by another installation they must
   * not hand those ids out again in the new tenant. Only ever moved forward.
   */
  private void advanceSequences(long highestId) throws SQLException {
    if (highestId == 0) {
      return;
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT setval(format('%I', sequencename)::regclass, ?) FROM pg_sequences"
                + " WHERE schemaname = 'public' AND coalesce(last_value, 0) < ?")) {
      ps.setLong(1, highestId);
      ps.setLong(2, highestId);
      ps.execute();
    }
  }
}
