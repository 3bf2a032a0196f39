package com.opsuite.web.tenancy;

import com.opsuite.core.module.ModuleRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The URL scheme of tenant pages: {@code /t/{tenant}/core/...} for core's pages and {@code
 * /t/{tenant}/{module}/...} for a module's, served from the views {@code /core/...} and {@code
 * /{module}/...}. Keeping the tenant in the path (not a query parameter JSF postbacks would drop)
 * lets one browser hold two tenants in two tabs.
 */
@ApplicationScoped
public class TenantPaths {

  public static final String PREFIX = "/t/";
  public static final String CORE_VIEWS = "/core/";
  public static final String HOME_VIEW = "/core/home.xhtml";

  @Inject ModuleRegistry modules;

  /** Whether a view belongs to a tenant (and so is served only under {@code /t/{tenant}}). */
  public boolean isTenantView(String viewPath) {
    return viewPath.startsWith(CORE_VIEWS) || moduleOf(viewPath).isPresent();
  }

  /** The installed module whose folder the path is in, if any. */
  public Optional<String> moduleOf(String path) {
    if (path == null || path.length() < 2) {
      return Optional.empty();
    }
    int end = path.indexOf('/', 1);
    String first = end < 0 ? path.substring(1) : path.substring(1, end);
    return modules.find(first).map(m -> m.id());
  }
}
