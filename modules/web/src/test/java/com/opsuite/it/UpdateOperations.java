package com.opsuite.it;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The REST operations that change an existing record, read from the product's JAX-RS resources
 * (every class under {@code com.opsuite} with {@code @Path}): every PUT, PATCH and POST on a path
 * naming a record ({@code {id}}, {@code {code}}, ...), plus PUTs that replace a tenant-wide
 * document (settings, preferences). Each either carries the version the client read (an {@code
 * If-Match} header, a {@code version} query parameter or a {@code version} field of the body) or is
 * one of the operations {@link NotVersioned} lists. Read from the classes rather than from {@code
 * /openapi}, which documents only the resources of the WAR itself.
 */
final class UpdateOperations {

  /** One operation, e.g. {@code PUT v1/core/org/units/{id}}, and whether it carries a version. */
  record Operation(String method, String path, boolean versioned) {
    String key() {
      return method + " " + path;
    }
  }

  private static final Map<Class<? extends Annotation>, String> METHODS =
      Map.of(PUT.class, "PUT", PATCH.class, "PATCH", POST.class, "POST");

  private static final List<Class<? extends Annotation>> NOT_BODY =
      List.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          FormParam.class,
          BeanParam.class,
          CookieParam.class,
          MatrixParam.class,
          Context.class);

  private UpdateOperations() {}

  static List<Operation> ofProduct() {
    List<Operation> operations = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.opsuite")) {
      if (type.isAnnotatedWith(Path.class) && !type.isInterface()) {
        operations.addAll(of(type.reflect()));
      }
    }
    return operations;
  }

  static List<Operation> of(Class<?> resource) {
    String base = resource.getAnnotation(Path.class).value();
    List<Operation> operations = new ArrayList<>();
    for (Method m : resource.getDeclaredMethods()) {
      String method =
          METHODS.entrySet().stream()
              .filter(e -> m.isAnnotationPresent(e.getKey()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
      if (method == null) {
        continue;
      }
      Path sub = m.getAnnotation(Path.class);
      String path = join(base, sub == null ? "" : sub.value());
      if (path.contains("{") || method.equals("PUT")) {
        operations.add(new Operation(method, path, carriesVersion(m)));
      }
    }
    return operations;
  }

  private static boolean carriesVersion(Method m) {
    for (Parameter p : m.getParameters()) {
      HeaderParam header = p.getAnnotation(HeaderParam.class);
      QueryParam query = p.getAnnotation(QueryParam.class);
      if ((header != null && header.value().equalsIgnoreCase("If-Match"))
          || (query != null && query.value().equals("version"))) {
        return true;
      }
      boolean body = NOT_BODY.stream().noneMatch(p::isAnnotationPresent);
      if (body && hasVersion(p.getType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVersion(Class<?> type) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents())
          .map(RecordComponent::getName)
          .anyMatch("version"::equals);
    }
    return Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.getName().equals("version"));
  }

  private static String join(String base, String sub) {
    String path = base.replaceAll("^/|/$", "");
    String rest = sub.replaceAll("^/|/$", "");
    return rest.isEmpty() ? path : path + "/" + rest;
  }
}
