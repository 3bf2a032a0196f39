package com.opsuite.web.security;

import com.opsuite.core.identity.PasswordResets;
import com.opsuite.core.identity.PublicAddress;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * "Forgot password": mails a reset link if the address has an account, and says the same anyway.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

  @Inject PasswordResets resets;
  @Inject PublicAddress address;
  @Inject TenantContext tenant;
  @Inject LocaleSelection locale;

  private String email;
  private boolean sent;

  public void send() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String root =
        request.getRequestURL().toString().replace(request.getRequestURI(), "")
            + request.getContextPath()
            + "/";
    resets.request(
        email, address.tenantPages(URI.create(root), tenant.require().code()), locale.getLocale());
    sent = true;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
