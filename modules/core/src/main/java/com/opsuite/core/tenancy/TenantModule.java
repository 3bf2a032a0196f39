package com.opsuite.core.tenancy;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Whether a tenant has a module switched on. Switching off keeps the module's data. */
@Entity
@Table(name = "tenant_module")
public class TenantModule extends TenantOwned {

  @Id
  @Column(name = "module_id", length = 40)
  private String moduleId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt = Instant.now();

  @Column(name = "changed_by", length = 200)
  private String changedBy;

  @Version private long version;

  protected TenantModule() {}

  public TenantModule(String moduleId, boolean enabled, String changedBy) {
    this.moduleId = moduleId;
    this.enabled = enabled;
    this.changedBy = changedBy;
  }

  public String getModuleId() {
    return moduleId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled, String by) {
    this.enabled = enabled;
    this.changedBy = by;
    this.changedAt = Instant.now();
  }
}
