package com.opsuite.core.spi;

/**
 * A right a module (or core) declares, e.g. {@code gas.inspection.perform}. Its label is the text
 * {@code permission.<code>} in the declaring module's bundle. Roles are built from permissions.
 */
public record Permission(String code) {

  public Permission {
    if (code == null || !code.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
      throw new IllegalArgumentException("Permission codes are dotted lower-case words: " + code);
    }
  }

  public String labelKey() {
    return "permission." + code;
  }
}
