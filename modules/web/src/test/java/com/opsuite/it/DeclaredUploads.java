package com.opsuite.it;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityPart;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The upload operations the product's REST resources declare: a POST or PUT that takes the body as
 * a stream or a multipart part. Read from the classes themselves, so a new upload is found even
 * where the OpenAPI document (Payara's scan) leaves an operation out.
 */
final class DeclaredUploads {

  private DeclaredUploads() {}

  /** {@code "POST /api/v1/..."} of every upload method, sorted. */
  static TreeSet<String> find() {
    TreeSet<String> uploads = new TreeSet<>();
    for (String name : productClasses()) {
      Class<?> type;
      try {
        type = Class.forName(name, false, DeclaredUploads.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue; // not loadable outside the server: no resource of ours is like that
      }
      Path base = type.getAnnotation(Path.class);
      if (base == null) {
        continue;
      }
      for (Method method : type.getMethods()) {
        String verb =
            method.isAnnotationPresent(POST.class)
                ? "POST"
                : method.isAnnotationPresent(PUT.class) ? "PUT" : null;
        boolean takesFile =
            Arrays.stream(method.getParameterTypes())
                .anyMatch(p -> p == InputStream.class || p == EntityPart.class);
        if (verb != null && takesFile) {
          Path sub = method.getAnnotation(Path.class);
          String path = "/api/" + base.value() + (sub == null ? "" : "/" + sub.value());
          uploads.add(verb + " " + path.replaceAll("/+", "/").replaceAll("/$", ""));
        }
      }
    }
    return uploads;
  }

  /** Class names under com/opsuite in the product's jars (or class folders) on the classpath. */
  private static List<String> productClasses() {
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File file = new File(entry);
      String where = file.getPath();
      if (!(where.contains("opsuite") || where.contains("modules"))
          || where.contains("test-classes")) {
        continue;
      }
      try {
        if (file.isDirectory()) {
          try (Stream<java.nio.file.Path> all = Files.walk(file.toPath())) {
            all.map(p -> file.toPath().relativize(p).toString().replace(File.separatorChar, '/'))
                .filter(DeclaredUploads::isProductClass)
                .forEach(p -> names.add(className(p)));
          }
        } else if (file.getName().endsWith(".jar")) {
          try (JarFile jar = new JarFile(file)) {
            jar.stream()
                .map(e -> e.getName())
                .filter(DeclaredUploads::isProductClass)
                .forEach(p -> names.add(className(p)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  private static boolean isProductClass(String path) {
    return path.startsWith("com/opsuite/") && path.endsWith(".class") && !path.contains("$");
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
