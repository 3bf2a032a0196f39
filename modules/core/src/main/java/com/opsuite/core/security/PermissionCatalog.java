package com.opsuite.core.security;

import com.opsuite.core.i18n.ScopeMessages;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.spi.Permission;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every permission core and the installed modules declare, with its label in a language. */
@ApplicationScoped
public class PermissionCatalog {

  public static final String CORE = "core";

  @Inject ModuleRegistry modules;
  @Inject ScopeMessages texts;

  /** Permission codes by declaring scope ({@code core} first, then modules in id order). */
  public Map<String, List<Permission>> byScope() {
    Map<String, List<Permission>> all = new LinkedHashMap<>();
    all.put(CORE, CorePermissions.all());
    for (VerticalModule module : modules.installed()) {
      all.put(module.id(), module.permissions());
    }
    return all;
  }

  public Set<String> allCodes() {
    Set<String> codes = new TreeSet<>();
    byScope().values().forEach(list -> list.forEach(p -> codes.add(p.code())));
    return codes;
  }

  public String label(String scope, Permission permission, Locale locale) {
    return texts.text(scope, locale, permission.labelKey(), permission.code());
  }

  /** A role's label: built-in roles are named by their module's bundle; others by their code. */
  public String roleLabel(String scope, String localCode, Locale locale) {
    return texts.text(scope, locale, "role." + localCode, localCode);
  }
}
