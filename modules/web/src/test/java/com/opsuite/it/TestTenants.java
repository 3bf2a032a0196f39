package com.opsuite.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;

/** Tenants for tests: signed up through the real API, with codes unique to the run. */
public final class TestTenants {

  public static final String PASSWORD = "Passw0rd-for-tests";

  private TestTenants() {}

  /** A fresh tenant code with a readable prefix, e.g. {@code iso-a-1f3e9c}. */
  public static String newCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Signs a tenant up over REST and returns its code; fails the test if signup fails. */
  public static String signUp(URI base, String prefix, String... modules) {
    String code = newCode(prefix);
    HttpResponse<String> response =
        Http.post(base.resolve("api/v1/signup"), signupBody(code, "Company " + code, modules));
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "signup of " + code + " failed: " + response.statusCode() + " " + response.body());
    }
    return code;
  }

  /** The e-mail of the first administrator of a tenant signed up here. */
  public static String adminEmail(String code) {
    return "admin@" + code + ".example";
  }

  public static String signupBody(String code, String company, String... modules) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String module : modules) {
      list.add(module);
    }
    return Json.createObjectBuilder()
        .add("companyName", company)
        .add("tenantCode", code)
        .add("adminName", "Admin " + code)
        .add("email", adminEmail(code))
        .add("password", PASSWORD)
        .add("modules", list)
        .build()
        .toString();
  }

  public static Path definitionsDir() {
    return Path.of(System.getProperty("it.tenants.dir"));
  }

  /** Copies the repository's tenant definitions to the folder the test application applies. */
  static void copyDefinitions() {
    Path source = Path.of(System.getProperty("it.tenants.source"));
    Path target = definitionsDir();
    try {
      Files.createDirectories(target);
      try (Stream<Path> old = Files.list(target)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      try (Stream<Path> files = Files.list(source)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
          Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
