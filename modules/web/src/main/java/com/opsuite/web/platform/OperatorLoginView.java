package com.opsuite.web.platform;

import com.opsuite.web.faces.Messages;
import com.opsuite.web.security.OperatorCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The platform operators' sign-in page. */
@Named
@RequestScoped
public class OperatorLoginView {

  @Inject SecurityContext security;
  @Inject Messages messages;

  private String username;
  private String password;

  public void signIn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new OperatorCredential(username, password)));
    password = null;
    if (status != AuthenticationStatus.SUCCESS) {
      messages.error("auth.failed");
      return;
    }
    external.redirect(request.getContextPath() + "/platform/tenants.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
