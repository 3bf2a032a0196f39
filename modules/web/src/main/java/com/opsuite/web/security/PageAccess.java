package com.opsuite.web.security;

import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.spi.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Permission checks for pages: {@code #{access.has('core.settings.edit')}} decides what is shown,
 * {@code <f:viewAction action="#{access.require('...')}"/>} refuses a page with 403.
 */
@Named("access")
@RequestScoped
public class PageAccess {

  @Inject CallerPermissions permissions;
  @Inject ModuleRegistry modules;
  @Inject HttpServletRequest request;

  public boolean has(String permission) {
    return permissions.has(permission);
  }

  /** For a view action: answers 403 (the forbidden page) when the permission is missing. */
  public void require(String permission) throws IOException {
    if (!permissions.has(permission)) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      external.responseSendError(403, permission);
      faces.responseComplete();
    }
  }

  /** Whether the caller holds any permission the module declares. */
  public boolean mayUseModule(String moduleId) {
    return modules.find(moduleId).stream()
        .flatMap(m -> m.permissions().stream())
        .map(Permission::code)
        .anyMatch(permissions::has);
  }

  /** Whether the sign-in obliges the user to change their password or enrol a second factor. */
  public boolean mustVisitAccount() {
    return signIn().map(s -> s.mustChangePassword() || s.mustEnrolTotp()).orElse(false);
  }

  public Optional<SessionSignIn> signIn() {
    HttpSession session = request.getSession(false);
    return Optional.ofNullable(
        session == null ? null : (SessionSignIn) session.getAttribute(SessionSignIn.ATTRIBUTE));
  }
}
