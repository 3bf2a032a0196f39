package com.opsuite.web.org;

import com.opsuite.core.security.PermissionCatalog;
import com.opsuite.core.security.Role;
import com.opsuite.core.security.TenantRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant's roles by code, with the names people read (built-in roles named by their module).
 */
@ApplicationScoped
public class RoleNames {

  @Inject TenantRoles roles;
  @Inject PermissionCatalog catalog;

  /** Role code to localized name, ordered by name. */
  public Map<String, String> labels(Locale locale) {
    Collator order = Collator.getInstance(locale);
    List<Role> all = roles.roles();
    Map<String, String> labels = new LinkedHashMap<>();
    all.stream()
        .map(r -> Map.entry(r.getCode(), catalog.roleLabel(r.getScope(), r.getLocalCode(), locale)))
        .sorted((a, b) -> order.compare(a.getValue(), b.getValue()))
        .forEach(e -> labels.put(e.getKey(), e.getValue()));
    return labels;
  }
}
