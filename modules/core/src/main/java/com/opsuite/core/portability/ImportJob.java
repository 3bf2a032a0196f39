package com.opsuite.core.portability;

import com.opsuite.core.validation.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One import running in the background: its progress (rows loaded of the archive's total, after
 * each table), then its report or why it failed. Written by the loading thread, read by the
 * operator's polls.
 */
public final class ImportJob {

  /** Where an import is. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  private final String id = UUID.randomUUID().toString();
  private final String code;
  private final String from;
  private final String requestedBy;
  private final long rowsTotal;
  private final Instant requestedAt = Instant.now();
  private volatile long rowsDone;
  private volatile Status status = Status.RUNNING;
  private volatile Instant finishedAt;
  private volatile TenantImports.ImportReport report;
  private volatile List<InvalidInputException.Violation> failure = List.of();

  ImportJob(TenantImports.Verified verified, String requestedBy) {
    this.code = verified.code();
    this.from = verified.manifest().tenant().code();
    this.rowsTotal = verified.manifest().totalRows();
    this.requestedBy = requestedBy;
  }

  void progressed(long rows) {
    rowsDone = rows;
  }

  void done(TenantImports.ImportReport done) {
    report = done;
    rowsDone = done.rows();
    finish(Status.DONE);
  }

  void failed(List<InvalidInputException.Violation> reasons) {
    failure = List.copyOf(reasons);
    finish(Status.FAILED);
  }

  private void finish(Status end) {
    finishedAt = Instant.now();
    status = end;
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String from() {
    return from;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public long rowsTotal() {
    return rowsTotal;
  }

  public long rowsDone() {
    return rowsDone;
  }

  public Status status() {
    return status;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  /** Null while running. */
  public Instant finishedAt() {
    return finishedAt;
  }

  /** Null unless done. */
  public TenantImports.ImportReport report() {
    return report;
  }

  /** Empty unless failed. */
  public List<InvalidInputException.Violation> failure() {
    return failure;
  }
}
