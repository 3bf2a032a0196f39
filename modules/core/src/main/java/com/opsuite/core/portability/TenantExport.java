package com.opsuite.core.portability;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One export of a tenant's data: who asked, its progress, and the archive once written. */
@Entity
@Table(name = "tenant_export")
public class TenantExport extends TenantOwned {

  /** Where an export stands. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.RUNNING;

  @Column(name = "requested_by", nullable = false, length = 200, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt = Instant.now();

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "rows_total", nullable = false)
  private long rowsTotal;

  @Column(name = "rows_done", nullable = false)
  private long rowsDone;

  @Column(name = "table_progress", nullable = false)
  private String tableProgress = "[]";

  @Column(name = "archive_bytes")
  private Long archiveBytes;

  @Column(name = "archive_sha256", length = 64)
  private String archiveSha256;

  @Column(length = 2000)
  private String failure;

  @Version private long version;

  protected TenantExport() {}

  TenantExport(String requestedBy) {
    this.id = UUID.randomUUID().toString();
    this.requestedBy = requestedBy;
  }

  void progressed(ExportProgress progress) {
    rowsTotal = progress.rowsTotal();
    rowsDone = progress.rowsDone();
    tableProgress = progress.toJson();
  }

  void finished(long bytes, String sha256) {
    status = Status.DONE;
    archiveBytes = bytes;
    archiveSha256 = sha256;
    finishedAt = Instant.now();
  }

  void failed(String reason) {
    status = Status.FAILED;
    failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    finishedAt = Instant.now();
  }

  public String getId() {
    return id;
  }

  public Status getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public long getRowsTotal() {
    return rowsTotal;
  }

  public long getRowsDone() {
    return rowsDone;
  }

  /** Percent of rows written, 0-100, for a progress bar. */
  public int getPercent() {
    if (status == Status.DONE) {
      return 100;
    }
    return rowsTotal == 0 ? 0 : (int) Math.min(99, rowsDone * 100 / rowsTotal);
  }

  public List<TableProgress> getTables() {
    return ExportProgress.parse(tableProgress);
  }

  public Long getArchiveBytes() {
    return archiveBytes;
  }

  public String getArchiveSha256() {
    return archiveSha256;
  }

  public String getFailure() {
    return failure;
  }
}
