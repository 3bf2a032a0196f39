package com.opsuite.web.platform;

import com.opsuite.core.platform.PlatformTenants;
import com.opsuite.core.security.PlatformPermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.Tenant;
import com.opsuite.core.tenancy.TenantStatus;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Tenants for platform operators: who they are and whether they may work; suspend, reactivate. */
@Named
@RequestScoped
public class PlatformTenantsView {

  @Inject PlatformTenants tenants;
  @Inject CurrentUser user;
  @Inject Messages messages;

  private List<Tenant> all;

  public List<Tenant> getTenants() {
    if (all == null) {
      all = tenants.all();
    }
    return all;
  }

  @RequiresPermission(PlatformPermissions.OPERATE)
  public void suspend(String code) {
    tenants.setStatus(code, TenantStatus.SUSPENDED, user.name());
    all = null;
    messages.info("platform.suspended", code);
  }

  @RequiresPermission(PlatformPermissions.OPERATE)
  public void reactivate(String code) {
    tenants.setStatus(code, TenantStatus.ACTIVE, user.name());
    all = null;
    messages.info("platform.reactivated", code);
  }
}
