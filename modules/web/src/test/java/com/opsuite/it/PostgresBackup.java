package com.opsuite.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The operator's backup and restore, as the README describes it, with PostgreSQL's own client
 * tools: {@code pg_dump -Fc} of the application database and {@code pg_restore} of it into a new,
 * empty database owned by the product's owner role (roles are the server's, not the dump's).
 */
final class PostgresBackup {

  private static final String OWNER = "opsuite_owner";

  private final PGSimpleDataSource server = new PGSimpleDataSource();
  private final String admin = System.getProperty("it.db.admin-user");

  PostgresBackup() {
    server.setURL(TestDatabase.url());
  }

  /** Dumps the integration-test database to the file, in the custom (compressed) format. */
  void dump(Path file) throws IOException, InterruptedException {
    Files.deleteIfExists(file);
    run("pg_dump", "-Fc", "-f", file.toString(), TestDatabase.name());
  }

  /** Creates the database, owned by the owner role, and restores the dump into it. */
  void restore(Path file, String database) throws IOException, InterruptedException, SQLException {
    sql(
        "CREATE DATABASE \""
            + database
            + "\" OWNER "
            + OWNER
            + " TEMPLATE template0 ENCODING 'UTF8'");
    run("pg_restore", "--exit-on-error", "--single-transaction", "-d", database, file.toString());
  }

  /** Drops the database, closing whatever still connects to it. */
  void drop(String database) throws SQLException {
    sql("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
  }

  /** The JDBC address of another database on the same server. */
  String url(String database) {
    return TestDatabase.url().replace("/" + TestDatabase.name(), "/" + database);
  }

  private void sql(String statement) throws SQLException {
    PGSimpleDataSource maintenance = new PGSimpleDataSource();
    maintenance.setURL(TestDatabase.url());
    maintenance.setDatabaseName("postgres");
    maintenance.setUser(admin);
    try (Connection c = maintenance.getConnection();
        Statement st = c.createStatement()) {
      st.execute(statement);
    }
  }

  private void run(String tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(tool, "-h", host(), "-p", port(), "-U", admin));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + output);
    }
  }

  private String host() {
    return server.getServerNames()[0];
  }

  private String port() {
    return Integer.toString(server.getPortNumbers()[0]);
  }
}
