package com.opsuite.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of the WAR the tests deploy, the module jars in {@code WEB-INF/lib} opened too: what
 * the product really ships, for tests that must find every page or resource without a list.
 */
final class WarContents {

  private WarContents() {}

  /**
   * Calls {@code visitor} with each file's name and content: a jar's files by their name inside the
   * jar, the web module's classes without their {@code WEB-INF/classes/} prefix.
   */
  static void visit(BiConsumer<String, byte[]> visitor) {
    try (InputStream war = Files.newInputStream(Path.of(System.getProperty("it.war")))) {
      ZipInputStream zip = new ZipInputStream(war);
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = e.getName();
        if (name.startsWith("WEB-INF/lib/opsuite-") && name.endsWith(".jar")) {
          ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(zip.readAllBytes()));
          for (ZipEntry j = jar.getNextEntry(); j != null; j = jar.getNextEntry()) {
            visitor.accept(j.getName(), jar.readAllBytes());
          }
        } else if (!e.isDirectory()) {
          visitor.accept(name.replaceFirst("^WEB-INF/classes/", ""), zip.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The binary names of the shipped classes under the package folder, e.g. {@code com/opsuite/}.
   */
  static List<String> classNames(String folder) {
    List<String> names = new ArrayList<>();
    visit(
        (name, content) -> {
          if (name.startsWith(folder) && name.endsWith(".class") && !name.contains("$")) {
            names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
          }
        });
    return names;
  }
}
