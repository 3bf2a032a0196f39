package com.opsuite.web.faces;

import com.opsuite.core.api.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.security.Principal;

/** Who is acting, for the record. Until login exists (security issue) changes are anonymous. */
@RequestScoped
public class CurrentUser {

  public String name() {
    Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? Caller.ANONYMOUS : principal.getName();
  }
}
