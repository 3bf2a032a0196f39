package com.opsuite.core.portability;

import com.opsuite.core.audit.RequestOrigin;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs verified imports in the background. Loading a tenant of a million rows takes about a minute,
 * longer than connections stay open without traffic (the HTTP/2 connection of the container closes
 * after 30 idle seconds, and proxies commonly after 60): so the request answers 202 at once and the
 * operator polls. The jobs are kept in this node's memory for a day: an import is one transaction,
 * so a restart in the middle leaves nothing behind, and it is simply run again.
 */
@ApplicationScoped
public class ImportJobs {

  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
  private static final Duration KEPT = Duration.ofDays(1);

  @Inject TenantImports imports;
  @Inject RequestOrigin origin;
  @Resource ManagedExecutorService executor;

  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

  /** Starts loading the verified archive; the file is deleted when the load ends. */
  public ImportJob start(Path archive, TenantImports.Verified verified, String by) {
    Instant forgotten = Instant.now().minus(KEPT);
    jobs.values().removeIf(j -> j.finishedAt() != null && j.finishedAt().isBefore(forgotten));
    ImportJob job = new ImportJob(verified, by);
    jobs.put(job.id(), job);
    String from = origin.address().orElse(null);
    executor.execute(() -> run(job, archive, verified, by, from));
    return job;
  }

  public Optional<ImportJob> find(String id) {
    return Optional.ofNullable(id == null ? null : jobs.get(id));
  }

  private void run(
      ImportJob job, Path archive, TenantImports.Verified verified, String by, String from) {
    try {
      job.done(imports.load(archive, verified, by, from, job::progressed));
    } catch (InvalidInputException e) {
      job.failed(e.violations());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Import of " + job.code() + " failed", e);
      job.failed(
          List.of(new InvalidInputException.Violation(ArchiveCheck.FIELD, "export.import.failed")));
    } finally {
      try {
        Files.deleteIfExists(archive);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete " + archive, e);
      }
    }
  }
}
