package com.opsuite.web.tenancy;

import com.opsuite.core.module.ModuleRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** The sign-in page's short address under a tenant, e.g. {@code /t/acme/login}. */
  public static final String LOGIN = "/login";

  /** Short addresses of the pages one reaches before signing in, and the views they show. */
  private static final Map<String, String> ALIASES =
      Map.of(
          LOGIN,
          "/core/login.xhtml",
          "/forgot-password",
          "/core/forgot-password.xhtml",
          "/reset-password",
          "/core/reset-password.xhtml");

  private static final Set<String> PUBLIC_VIEWS = Set.copyOf(ALIASES.values());

  @Inject ModuleRegistry modules;

  /**
   * A page address under {@code /t/}, e.g. {@code /t/acme/login}: its tenant code and the view it
   * shows; {@code pathInApplication} is the request path without the context path.
   */
  public TenantAddress address(String pathInApplication) {
    String rest = pathInApplication.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    return new TenantAddress(
        slash < 0 ? rest : rest.substring(0, slash),
        resolve(slash < 0 ? "/" : rest.substring(slash)));
  }

  /** A tenant's code and the view one of its page addresses shows. */
  public record TenantAddress(String tenant, String view) {}

  /** The view a path under a tenant shows: its alias's view, the home page for "/", or itself. */
  public String resolve(String path) {
    if (path == null || path.equals("/") || path.isEmpty()) {
      return HOME_VIEW;
    }
    return ALIASES.getOrDefault(path, path);
  }

  /** Whether the view is reachable without signing in (sign-in and password reset). */
  public boolean isPublicView(String view) {
    return PUBLIC_VIEWS.contains(view);
  }

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
