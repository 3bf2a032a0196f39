package com.opsuite.core.settings;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link TenantSetting} apart from the tenant, which EclipseLink adds. */
public class SettingKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private String scope;
  private String key;

  public SettingKey() {}

  public SettingKey(String scope, String key) {
    this.scope = scope;
    this.key = key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SettingKey other
        && Objects.equals(scope, other.scope)
        && Objects.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scope, key);
  }
}
