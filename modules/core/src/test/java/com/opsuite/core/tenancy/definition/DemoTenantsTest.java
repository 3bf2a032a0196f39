package com.opsuite.core.tenancy.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.i18n.SupportedLocales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo tenants shipped in the repository's {@code tenants/} folder are valid. */
class DemoTenantsTest {

  /** The tests run in the core module's folder; the tenants live at the repository root. */
  private static final Path TENANTS = Path.of("../../tenants");

  private final List<TenantDefinition> tenants =
      new TenantDefinitionReader(name -> null).readAll(TENANTS);

  @Test
  void theFourDemoTenantsAreValid() {
    assertTrue(Files.isDirectory(TENANTS), TENANTS.toAbsolutePath().toString());
    assertEquals(
        List.of("demo-app", "demo-dental", "demo-gas", "demo-online"),
        tenants.stream().map(TenantDefinition::code).toList());
    assertEquals(
        List.of(
            List.of("app-ops"),
            List.of("dental-ops"),
            List.of("gas-inspection"),
            List.of("online-ops")),
        tenants.stream().map(TenantDefinition::modules).toList());
    for (TenantDefinition tenant : tenants) {
      assertTrue(tenant.demoData(), tenant.code());
      assertEquals(
          tenant.code().equals("demo-app") ? SupportedLocales.ENGLISH : SupportedLocales.CHINESE,
          tenant.locale(),
          tenant.code());
    }
  }

  @Test
  void theGasDemoOverridesItsInspectionSettings() {
    TenantDefinition gas = tenant("demo-gas");

    assertEquals(
        Map.of("no-purchase-months", "3", "inspections-per-year", "2"),
        gas.settings("gas-inspection"));
    assertEquals("12", tenant("demo-online").settings("online-ops").get("reply-sla-hours"));
  }

  @Test
  void demoPasswordsAreStrong() {
    for (TenantDefinition tenant : tenants) {
      String password = tenant.admin().password();
      assertTrue(password.length() >= 12, tenant.code());
      assertTrue(password.chars().anyMatch(Character::isLetter), tenant.code());
      assertTrue(password.chars().anyMatch(Character::isDigit), tenant.code());
      assertTrue(password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)), tenant.code());
    }
  }

  private TenantDefinition tenant(String code) {
    return tenants.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }
}
