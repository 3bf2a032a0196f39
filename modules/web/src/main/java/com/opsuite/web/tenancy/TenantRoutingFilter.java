package com.opsuite.web.tenancy;

import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Routes {@code /t/{tenant}/{view}} to the view for that tenant: resolves the tenant (unknown and
 * suspended answer 404 alike, so the registry cannot be probed), refuses a module the tenant has
 * not enabled (404, as if it did not exist), binds the request to the tenant and forwards.
 */
@WebFilter(urlPatterns = "/t/*", dispatcherTypes = DispatcherType.REQUEST)
public class TenantRoutingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject TenantRegistry registry;
  @Inject TenantContext context;
  @Inject TenantModules tenantModules;
  @Inject TenantPaths paths;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request
            .getRequestURI()
            .substring(request.getContextPath().length() + TenantPaths.PREFIX.length());
    int slash = path.indexOf('/');
    String code = slash < 0 ? path : path.substring(0, slash);
    String view =
        slash < 0 || slash == path.length() - 1 ? TenantPaths.HOME_VIEW : path.substring(slash);

    Optional<TenantRef> tenant = registry.findActive(code);
    if (tenant.isEmpty() || !paths.isTenantView(view)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    context.enter(tenant.get());
    Optional<String> module = paths.moduleOf(view);
    if (module.isPresent() && !tenantModules.isEnabled(module.get())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.getRequestDispatcher(view).forward(request, response);
  }
}
