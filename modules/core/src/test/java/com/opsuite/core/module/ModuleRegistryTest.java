package com.opsuite.core.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.opsuite.core.spi.VerticalModule;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {

  @Test
  void ordersModulesById() {
    List<VerticalModule> ordered =
        ModuleRegistry.validated(
            List.of(module("online-ops"), module("app-ops"), module("gas-inspection")));

    assertEquals(
        List.of("app-ops", "gas-inspection", "online-ops"),
        ordered.stream().map(VerticalModule::id).toList());
  }

  @Test
  void rejectsMalformedIds() {
    for (String bad : new String[] {"Gas", "gas_inspection", "-gas", "gas-", "9gas", "", null}) {
      assertThrows(
          IllegalStateException.class,
          () -> ModuleRegistry.validated(List.of(module(bad))),
          "id " + bad);
    }
  }

  @Test
  void rejectsDuplicateIds() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ModuleRegistry.validated(List.of(module("gas"), module("gas"))));
    assertEquals("Two modules share the id 'gas'", e.getMessage());
  }

  @Test
  void namesComeFromTheModuleBundleWithoutHostLocaleFallback() {
    VerticalModule sample = module("sample");

    assertEquals("Sample module", sample.name(Locale.ENGLISH));
    assertEquals("示例模块", sample.name(Locale.SIMPLIFIED_CHINESE));
    assertEquals("Sample module", sample.name(Locale.FRENCH));
    assertEquals("???module.description???", sample.description(Locale.ENGLISH));
    assertEquals("db/migration/sample", sample.migrationLocation());
  }

  private static VerticalModule module(String id) {
    return new VerticalModule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String messageBundle() {
        return "com.opsuite.core.module.sample";
      }
    };
  }
}
