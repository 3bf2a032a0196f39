package com.opsuite.core.tenancy.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminAccountTest {

  private final AdminAccount admin = new AdminAccount("张三", "admin@example.com", "Top$ecret-2025");

  @Test
  void toStringHidesThePassword() {
    assertEquals(
        "AdminAccount[name=张三, email=admin@example.com, password=******]", admin.toString());
    assertEquals("Top$ecret-2025", admin.password());
  }

  @Test
  void aLoggedDefinitionDoesNotShowThePasswordEither() {
    TenantDefinition tenant =
        new TenantDefinition(
            "acme-gas",
            "某某燃气有限公司",
            Locale.SIMPLIFIED_CHINESE,
            ZoneId.of("Asia/Shanghai"),
            admin,
            List.of(),
            Map.of(),
            false,
            "acme-gas.properties");

    assertFalse(tenant.toString().contains("Top$ecret-2025"), tenant.toString());
    assertTrue(tenant.toString().contains("admin@example.com"));
  }
}
