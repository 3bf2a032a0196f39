package com.opsuite.core.settings;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A tenant's value for a setting, stored only where it differs from the default. */
@Entity
@Table(name = "tenant_setting")
@IdClass(SettingKey.class)
public class TenantSetting extends TenantOwned {

  @Id
  @Column(length = 40)
  private String scope;

  @Id
  @Column(length = 80)
  private String key;

  @Column(nullable = false, length = 2000)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Column(name = "updated_by", length = 200)
  private String updatedBy;

  @Version private long version;

  protected TenantSetting() {}

  public TenantSetting(String scope, String key, String value, String by) {
    this.scope = scope;
    this.key = key;
    this.value = value;
    this.updatedBy = by;
  }

  public String getScope() {
    return scope;
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public void change(String value, String by) {
    this.value = value;
    this.updatedBy = by;
    this.updatedAt = Instant.now();
  }
}
