package com.opsuite.core.portability;

import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Hands out a finished archive of the current tenant, recording who took it. */
@ApplicationScoped
public class ExportDownloads {

  @Inject TenantExports exports;
  @Inject ExportStorage storage;
  @Inject TenantContext tenant;

  /** The archive's file, if the export is done and its file is there; the download is audited. */
  public Optional<Path> take(String id, String by) {
    return exports
        .find(id)
        .filter(e -> e.getStatus() == TenantExport.Status.DONE)
        .map(this::file)
        .filter(Files::isRegularFile)
        .map(
            file -> {
              exports.downloaded(id, by);
              return file;
            });
  }

  /** The name a downloaded archive is saved under. */
  public static String fileName(TenantExport export) {
    return "opsuite-export-" + export.getId() + ".zip";
  }

  private Path file(TenantExport export) {
    try {
      return storage.archive(tenant.require().code(), export.getId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
