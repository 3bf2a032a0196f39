package com.opsuite.web.workspace;

import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tenant workspace frame: the tenant's name and the menu of its enabled modules. */
@Named
@RequestScoped
public class WorkspaceView {

  @Inject TenantContext context;
  @Inject TenantRegistry registry;
  @Inject TenantModules modules;
  @Inject LocaleSelection localeSelection;
  @Inject PageAccess access;

  private List<ModuleMenu> menu;

  public String getTenantCode() {
    return context.require().code();
  }

  public String getTenantName() {
    return registry.find(getTenantCode()).map(t -> t.getName()).orElse(getTenantCode());
  }

  /** The enabled modules, each with its entries; disabled modules do not appear at all. */
  public List<ModuleMenu> getMenu() {
    if (menu == null) {
      Locale locale = localeSelection.getLocale();
      menu = new ArrayList<>();
      modules.enabled().stream()
          .filter(m -> access.mayUseModule(m.id()))
          .forEach(
              m ->
                  menu.add(
                      new ModuleMenu(
                          m.id(),
                          m.name(locale),
                          m.description(locale),
                          m.menu().stream()
                              .map(e -> new Item(m.text(locale, e.labelKey()), e.view()))
                              .toList())));
    }
    return menu;
  }

  /** A module and its menu entries. */
  public record ModuleMenu(String id, String name, String description, List<Item> items) {}

  /** A menu entry: label and view. */
  public record Item(String label, String view) {}
}
