package com.opsuite.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RoleNamesTest {

  @Test
  void acceptsPlainLowerCaseIdentifiers() {
    assertEquals("opsuite_app", RoleNames.require("opsuite_app"));
    assertEquals("_x1", RoleNames.require("_x1"));
  }

  @Test
  void rejectsAnythingThatWouldNeedQuotingOrCouldInject() {
    for (String bad :
        new String[] {"Opsuite", "ops-uite", "a;drop role x", "1abc", "", null, "a".repeat(64)}) {
      assertThrows(IllegalStateException.class, () -> RoleNames.require(bad), String.valueOf(bad));
    }
  }

  @Test
  void adminOwnerAndApplicationRolesMustDiffer() {
    RoleNames.requireDistinct("postgres", "opsuite_owner", "opsuite_app");
    assertThrows(
        IllegalStateException.class,
        () -> RoleNames.requireDistinct("postgres", "opsuite_owner", "opsuite_owner"));
    assertThrows(
        IllegalStateException.class,
        () -> RoleNames.requireDistinct("postgres", "opsuite_owner", "postgres"));
  }
}
