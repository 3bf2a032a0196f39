package com.opsuite.core.portability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives an archive's upload into a temporary file (a ZIP's directory is at its end, so it is
 * read with random access; a tenant's archive may be far larger than the heap), stopping as soon as
 * it passes the limit.
 */
final class ArchiveUpload {

  /** The upload passed the limit; nothing was kept. */
  static final class TooLarge extends Exception {
    TooLarge() {
      super(null, null, false, false);
    }
  }

  private ArchiveUpload() {}

  /** The body as a new temporary file, or {@link TooLarge} past {@code maxBytes}. */
  static Path receive(InputStream body, long maxBytes) throws IOException, TooLarge {
    Path file = Files.createTempFile("opsuite-import-", ".zip");
    boolean kept = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = body.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new TooLarge();
        }
        out.write(buffer, 0, n);
      }
      kept = true;
      return file;
    } finally {
      if (!kept) {
        Files.deleteIfExists(file);
      }
    }
  }
}
