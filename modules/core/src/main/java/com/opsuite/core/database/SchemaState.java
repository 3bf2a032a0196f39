package com.opsuite.core.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Whether start-up brought the schema up to date, and to which versions; read by readiness. */
@ApplicationScoped
public class SchemaState {

  private volatile Map<String, String> versions;
  private volatile String failure;

  void migrated(Map<String, String> versions) {
    this.versions = Map.copyOf(versions);
    this.failure = null;
  }

  void failed(String reason) {
    this.failure = reason;
  }

  public boolean isReady() {
    return versions != null;
  }

  /** Schema version per module (core included), empty until migrated. */
  public Map<String, String> versions() {
    return versions == null ? Map.of() : versions;
  }

  /** Why start-up could not prepare the database, if it could not. */
  public String failure() {
    return failure;
  }
}
