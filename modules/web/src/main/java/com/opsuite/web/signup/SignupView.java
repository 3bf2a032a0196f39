package com.opsuite.web.signup;

import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.signup.SignupRequest;
import com.opsuite.core.tenancy.signup.SignupService;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.security.TenantCredential;
import jakarta.enterprise.inject.spi.CDI;
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
import java.util.ArrayList;
import java.util.List;

/** The signup page: a company creates its tenant and becomes its first administrator. */
@Named
@ViewScoped
public class SignupView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SignupService signup;
  @Inject transient ModuleRegistry modules;
  @Inject transient Messages messages;
  @Inject LocaleSelection localeSelection;

  private String companyName;
  private String tenantCode;
  private String adminName;
  private String email;
  private String password;
  private List<String> chosenModules = new ArrayList<>();

  public List<ModuleOption> getModuleOptions() {
    return modules.installed().stream()
        .map(m -> new ModuleOption(m.id(), m.name(localeSelection.getLocale())))
        .toList();
  }

  public void submit() throws IOException {
    try {
      TenantRef tenant =
          signup.signUp(
              new SignupRequest(
                  companyName,
                  tenantCode,
                  adminName,
                  email,
                  password,
                  localeSelection.getLanguageTag(),
                  chosenModules));
      FacesContext faces = FacesContext.getCurrentInstance();
      // The new administrator starts signed in, as the one who just chose the password.
      CDI.current().select(TenantContext.class).get().enter(tenant);
      CDI.current()
          .select(SecurityContext.class)
          .get()
          .authenticate(
              (HttpServletRequest) faces.getExternalContext().getRequest(),
              (HttpServletResponse) faces.getExternalContext().getResponse(),
              AuthenticationParameters.withParams()
                  .newAuthentication(true)
                  .credential(new TenantCredential(email, password, null)));
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath() + "/t/" + tenant.code() + "/");
    } catch (InvalidInputException e) {
      messages.invalid(e, "signup:");
    }
  }

  /** A module as a checkbox. */
  public record ModuleOption(String id, String name) {}

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public void setTenantCode(String tenantCode) {
    this.tenantCode = tenantCode == null ? null : tenantCode.strip();
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getChosenModules() {
    return chosenModules;
  }

  public void setChosenModules(List<String> chosenModules) {
    this.chosenModules = chosenModules;
  }
}
