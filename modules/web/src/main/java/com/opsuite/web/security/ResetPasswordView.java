package com.opsuite.web.security;

import com.opsuite.core.identity.PasswordResets;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.tenancy.TenantPaths;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** The page a reset link opens: a new password, twice, under the tenant's policy. */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PasswordResets resets;
  @Inject TenantContext tenant;
  @Inject Messages messages;
  @Inject PasswordRulesText rules;

  private String token;
  private transient String newPassword;
  private transient String repeat;
  private Boolean usable;

  public boolean isUsable() {
    if (usable == null) {
      usable = resets.usable(token);
    }
    return usable;
  }

  public void reset() throws IOException {
    if (newPassword == null || !newPassword.equals(repeat)) {
      messages.fieldError("reset:repeat", "account.repeatPassword.differs");
      return;
    }
    try {
      resets.reset(token, newPassword);
    } catch (InvalidInputException e) {
      messages.invalid(e, "reset:");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + TenantPaths.PREFIX
            + tenant.require().code()
            + TenantPaths.LOGIN
            + "?reset=1");
  }

  public String getRules() {
    return rules.text();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getNewPassword() {
    return null;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeat() {
    return null;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
