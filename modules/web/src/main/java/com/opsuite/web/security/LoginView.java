package com.opsuite.web.security;

import com.opsuite.core.identity.SignInResult;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.tenancy.TenantPaths;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/**
 * The tenant's sign-in page: e-mail and password, then the authenticator code for accounts with a
 * second factor. Failures say only that sign-in failed, never which part was wrong.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenantContext tenant;
  @Inject Messages messages;

  private String email;
  // Kept only between the two steps of a sign-in with a second factor, never rendered.
  private transient String password;
  private String code;
  private boolean codeStep;
  private String next;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // Looked up, not injected: the view is kept in the session, the security context is not.
    CDI.current()
        .select(SecurityContext.class)
        .get()
        .authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new TenantCredential(email, password, codeStep ? code : null)));
    SignInResult result =
        (SignInResult) request.getAttribute(OpsuiteAuthenticationMechanism.RESULT);
    code = null;
    if (result != null && result.outcome() == SignInResult.Outcome.CODE_REQUIRED) {
      codeStep = true;
      messages.info("login.codeNeeded");
      return;
    }
    if (result == null || !result.signedIn()) {
      password = null;
      codeStep = false;
      messages.error("auth.failed");
      return;
    }
    password = null;
    external.redirect(request.getContextPath() + destination());
  }

  /** Back from the code step to e-mail and password. */
  public void restart() {
    codeStep = false;
    password = null;
    code = null;
  }

  private String destination() {
    String home = TenantPaths.PREFIX + tenant.require().code() + "/";
    // Only back into this tenant's pages: no other host, no other tenant.
    if (next != null && next.startsWith(home) && !next.contains("//") && !next.contains("\\")) {
      return next;
    }
    return home;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    if (password != null && !password.isEmpty()) {
      this.password = password;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isCodeStep() {
    return codeStep;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
