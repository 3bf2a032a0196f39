package com.opsuite.web.workspace;

import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.org.OrgTemplates;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.org.SaveFailures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The tenant administrator switches modules on and off; switching off keeps the data. An enabled
 * module whose default organisation has items the tenant has not received is offered to apply it.
 */
@Named
@ViewScoped
public class ModulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModuleRegistry registry;
  @Inject transient TenantModules tenantModules;
  @Inject transient Messages messages;
  @Inject transient CurrentUser user;
  @Inject transient OrgTemplates orgTemplates;
  @Inject transient SaveFailures failures;
  @Inject LocaleSelection localeSelection;

  private List<Row> rows;

  @PostConstruct
  void load() {
    Set<String> enabled = tenantModules.enabledIds();
    rows =
        registry.installed().stream()
            .map(
                m ->
                    new Row(
                        m.id(),
                        m.name(localeSelection.getLocale()),
                        m.description(localeSelection.getLocale()),
                        enabled.contains(m.id()),
                        enabled.contains(m.id()) && orgTemplates.hasNewItems(m.id())))
            .toList();
  }

  @RequiresPermission(CorePermissions.MODULES_MANAGE)
  public void save() {
    rows.forEach(r -> tenantModules.setEnabled(r.getId(), r.isEnabled(), user.name()));
    messages.info("modules.saved");
    load();
  }

  /** Creates the module's default units and positions the tenant has not had yet. */
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void applyOrgTemplate(Row row) {
    try {
      OrgTemplates.Result result = orgTemplates.apply(row.getId(), user.name());
      messages.pageInfo(
          "modules.orgTemplate.applied", row.getName(), result.created(), result.skipped());
    } catch (RuntimeException e) {
      failures.show(e, "modules:");
    }
    load();
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One installed module and whether the tenant uses it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String name;
    private final String description;
    private final boolean orgTemplateNew;
    private boolean enabled;

    Row(String id, String name, String description, boolean enabled, boolean orgTemplateNew) {
      this.id = id;
      this.name = name;
      this.description = description;
      this.enabled = enabled;
      this.orgTemplateNew = orgTemplateNew;
    }

    /** Enabled (as saved) and its default organisation has items the tenant has not had. */
    public boolean isOrgTemplateNew() {
      return orgTemplateNew;
    }

    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getDescription() {
      return description;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
