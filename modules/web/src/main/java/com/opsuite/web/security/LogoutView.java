package com.opsuite.web.security;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.web.tenancy.TenantPaths;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Signing out, of a tenant or of the platform pages: a POST from the page header, so another site
 * cannot sign anyone out.
 */
@Named
@RequestScoped
public class LogoutView {

  @Inject CallerPermissions permissions;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<CallerIdentity> caller = permissions.caller();
    String next =
        caller.isPresent() && caller.get().operator()
            ? PageAddresses.OPERATOR_LOGIN_VIEW
            : TenantPaths.PREFIX + tenant.require().code() + TenantPaths.LOGIN + "?signedOut=1";
    caller
        .filter(c -> !c.operator())
        .ifPresent(c -> audit.record(c.getName(), "logout", c.getName(), null, null));
    request.logout();
    external.invalidateSession();
    external.redirect(request.getContextPath() + next);
  }
}
