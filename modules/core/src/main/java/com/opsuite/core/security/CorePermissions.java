package com.opsuite.core.security;

import com.opsuite.core.spi.Permission;
import java.util.List;

/** The rights core's own pages and endpoints check; labels are in core's bundle. */
public final class CorePermissions {

  public static final String MODULES_MANAGE = "core.modules.manage";
  public static final String SETTINGS_EDIT = "core.settings.edit";
  public static final String CALENDAR_EDIT = "core.calendar.edit";
  public static final String AUDIT_READ = "core.audit.read";
  public static final String AUDIT_EXPORT = "core.audit.export";
  public static final String ROLES_MANAGE = "core.roles.manage";
  public static final String USERS_MANAGE = "core.users.manage";
  public static final String CONFIDENTIAL_READ = "core.confidential.read";
  public static final String ORG_READ = "core.org.read";
  public static final String ORG_MANAGE = "core.org.manage";
  public static final String APPROVALS_CONFIGURE = "core.approvals.configure";
  public static final String KPI_READ = "core.kpi.read";
  public static final String KPI_MANAGE = "core.kpi.manage";
  public static final String KPI_ENTER = "core.kpi.enter";
  public static final String APPRAISAL_MANAGE = "core.appraisal.manage";
  public static final String TENANT_EXPORT = "core.tenant.export";

  /** The built-in role of a tenant's administrators: every permission there is. */
  public static final String TENANT_ADMIN_ROLE = "core.tenant-admin";

  private CorePermissions() {}

  public static List<Permission> all() {
    return List.of(
            MODULES_MANAGE,
            SETTINGS_EDIT,
            CALENDAR_EDIT,
            AUDIT_READ,
            AUDIT_EXPORT,
            ROLES_MANAGE,
            USERS_MANAGE,
            CONFIDENTIAL_READ,
            ORG_READ,
            ORG_MANAGE,
            APPROVALS_CONFIGURE,
            KPI_READ,
            KPI_MANAGE,
            KPI_ENTER,
            APPRAISAL_MANAGE,
            TENANT_EXPORT)
        .stream()
        .map(Permission::new)
        .toList();
  }
}
