package com.opsuite.web.tenancy;

import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.web.security.AccountView;
import com.opsuite.web.security.PageAccess;
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
 * not enabled (404, as if it did not exist) and a module the user holds no permission of (403),
 * keeps a user who must change their password or enrol a second factor on their account page, binds
 * the request to the tenant and forwards. Sign-in itself is checked before, by the authentication
 * mechanism.
 */
@WebFilter(urlPatterns = "/t/*", dispatcherTypes = DispatcherType.REQUEST)
public class TenantRoutingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject TenantRegistry registry;
  @Inject TenantContext context;
  @Inject TenantModules tenantModules;
  @Inject TenantPaths paths;
  @Inject PageAccess access;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    TenantPaths.TenantAddress address =
        paths.address(request.getRequestURI().substring(request.getContextPath().length()));
    String code = address.tenant();
    String view = address.view();

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
    if (module.isPresent() && !access.mayUseModule(module.get())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (!paths.isPublicView(view) && !AccountView.VIEW.equals(view) && access.mustVisitAccount()) {
      response.sendRedirect(
          request.getContextPath() + TenantPaths.PREFIX + code + AccountView.VIEW);
      return;
    }
    request.getRequestDispatcher(view).forward(request, response);
  }
}
