package com.opsuite.core.portability;

import com.opsuite.core.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Everything an import checks before it writes a row: the manifest reads and is of a format this
 * release writes, the schema versions are this installation's, the tables and their columns are
 * exactly this schema's tenant-owned ones, the archive holds nothing the manifest does not name,
 * and every entry has the size and SHA-256 the manifest gives. Any difference refuses the whole
 * archive with a localized reason (field {@code archive}).
 */
final class ArchiveCheck {

  static final String FIELD = "archive";

  private ArchiveCheck() {}

  static ArchiveManifest verify(
      ZipFile zip, Map<String, String> schemaVersions, List<TenantTables.Table> tables) {
    ArchiveManifest manifest = manifest(zip);
    if (!ArchiveManifest.FORMAT.equals(manifest.format())
        || manifest.formatVersion() != ArchiveManifest.VERSION) {
      throw refused("export.archive.format", manifest.format(), manifest.formatVersion());
    }
    if (!manifest.schemaVersions().equals(schemaVersions)) {
      throw refused(
          "export.archive.schema", manifest.schemaVersions().toString(), schemaVersions.toString());
    }
    Set<String> expected = new LinkedHashSet<>();
    tables.forEach(t -> expected.add(t.name() + t.columns()));
    Set<String> given = new LinkedHashSet<>();
    manifest.entries().forEach(e -> given.add(e.table() + e.columns()));
    if (!expected.equals(given) || given.size() != manifest.entries().size()) {
      Set<String> difference = new HashSet<>(expected);
      difference.addAll(given);
      Set<String> common = new HashSet<>(expected);
      common.retainAll(given);
      difference.removeAll(common);
      throw refused("export.archive.tables", String.join(", ", difference));
    }
    Set<String> named = new HashSet<>();
    named.add(ArchiveManifest.NAME);
    for (ArchiveManifest.Entry entry : manifest.entries()) {
      if (!entry.path().equals(ArchiveManifest.entryPath(entry.table()))) {
        throw refused("export.archive.checksum", entry.path());
      }
      named.add(entry.path());
      checksum(zip, entry);
    }
    zip.stream()
        .map(ZipEntry::getName)
        .filter(name -> !named.contains(name))
        .findFirst()
        .ifPresent(extra -> refusedNow("export.archive.unexpected", extra));
    return manifest;
  }

  private static ArchiveManifest manifest(ZipFile zip) {
    ZipEntry entry = zip.getEntry(ArchiveManifest.NAME);
    if (entry == null) {
      throw refused("export.archive.unreadable");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return ArchiveManifest.read(in);
    } catch (IOException | IllegalArgumentException e) {
      throw refused("export.archive.unreadable");
    }
  }

  private static void checksum(ZipFile zip, ArchiveManifest.Entry entry) {
    ZipEntry zipped = zip.getEntry(entry.path());
    if (zipped == null) {
      throw refused("export.archive.checksum", entry.path());
    }
    MessageDigest sha256 = TenantArchiveWriter.sha256();
    long bytes = 0;
    try (InputStream in = new DigestInputStream(zip.getInputStream(zipped), sha256)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
      }
    } catch (IOException e) {
      throw refused("export.archive.checksum", entry.path());
    }
    if (bytes != entry.bytes()
        || !HexFormat.of().formatHex(sha256.digest()).equals(entry.sha256())) {
      throw refused("export.archive.checksum", entry.path());
    }
  }

  static InvalidInputException refused(String key, Object... args) {
    return InvalidInputException.of(FIELD, key, args);
  }

  private static void refusedNow(String key, Object... args) {
    throw refused(key, args);
  }
}
