package com.opsuite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Query rules that keep tenants apart, checked over the sources of every module. EclipseLink puts a
 * joined tenant-owned entity's tenant filter into WHERE, which turns a LEFT JOIN into an inner join
 * (eclipse-ee4j/eclipselink#1185): outer joins over tenant-owned entities are written as separate
 * queries instead. TenantIsolationIT holds the behaviour; this keeps new code off the trap.
 */
class JpqlRulesTest {

  /**
   * An outer join inside a string literal onto an entity ({@code LEFT JOIN Area a}) or a path
   * ({@code LEFT JOIN a.units u}): JPQL. Native SQL joins lower-case tables and filters {@code
   * tenant_id} itself, so it is not caught here.
   */
  private static final Pattern OUTER_JOIN =
      Pattern.compile(
          "\"[^\"\\n]*\\b(?i:LEFT\\s+(OUTER\\s+)?JOIN\\s+(FETCH\\s+)?)(?!LATERAL\\b)([A-Z]\\w*\\s|[a-z]\\w*\\.[a-z])");

  @Test
  void noOuterJoinsInQueries() throws IOException {
    Path modules = Path.of("..").toAbsolutePath().normalize();
    List<String> offenders;
    try (Stream<Path> files = Files.walk(modules)) {
      offenders =
          files
              .filter(
                  f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
              .filter(JpqlRulesTest::hasOuterJoin)
              .map(f -> modules.relativize(f).toString())
              .toList();
    }
    assertEquals(List.of(), offenders);
  }

  private static boolean hasOuterJoin(Path file) {
    try {
      return OUTER_JOIN.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
