package com.opsuite.core.spi;

import java.util.Set;

/**
 * A default role a module ships, matching a position of its seed document (e.g. the gas utility's
 * inspector). Created for a tenant when it enables the module; the tenant admin can then change it.
 * Its label is {@code role.<code>} in the module's bundle.
 */
public record RoleTemplate(String code, Set<String> permissions) {

  public RoleTemplate {
    if (code == null || !code.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "Role codes are lower-case words joined by hyphens: " + code);
    }
    permissions = Set.copyOf(permissions);
  }

  public String labelKey() {
    return "role." + code;
  }
}
