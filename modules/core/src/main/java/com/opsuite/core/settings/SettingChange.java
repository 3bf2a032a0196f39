package com.opsuite.core.settings;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a tenant setting, kept for the record: who changed what, when, from and to. */
@Entity
@Table(name = "setting_change")
public class SettingChange extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "setting_change_seq",
      sequenceName = "setting_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "setting_change_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String scope;

  @Column(nullable = false, length = 80)
  private String key;

  @Column(name = "old_value", length = 2000)
  private String oldValue;

  @Column(name = "new_value", length = 2000)
  private String newValue;

  @Column(name = "changed_by", nullable = false, length = 200)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt = Instant.now();

  protected SettingChange() {}

  public SettingChange(
      String scope, String key, String oldValue, String newValue, String changedBy) {
    this.scope = scope;
    this.key = key;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.changedBy = changedBy;
  }

  public String getScope() {
    return scope;
  }

  public String getKey() {
    return key;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
