package com.opsuite.core.portability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where finished archives live: {@code OPSUITE_EXPORT_DIR}, one folder per tenant. With several
 * instances it must be one shared volume (docker/ mounts one), because the instance that writes an
 * archive need not be the one asked to download it; the export's row, in the database, is what
 * every instance reads for progress.
 */
@ApplicationScoped
public class ExportStorage {

  @Inject
  @ConfigProperty(name = "opsuite.export.dir")
  Optional<String> configured;

  /** The archive's final path (the folder is created). */
  Path archive(String tenant, String exportId) throws IOException {
    Path folder = root().resolve(tenant);
    Files.createDirectories(folder);
    return folder.resolve(exportId + ".zip");
  }

  /** Where the archive is written until it is complete, then moved to {@link #archive}. */
  Path partial(String tenant, String exportId) throws IOException {
    return archive(tenant, exportId).resolveSibling(exportId + ".zip.part");
  }

  private Path root() {
    return configured
        .filter(dir -> !dir.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "opsuite-exports"));
  }
}
