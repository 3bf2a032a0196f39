package com.opsuite.web.security;

import com.opsuite.core.identity.Passwords;
import com.opsuite.core.identity.SecondFactor;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * The user's own account page: password change and the authenticator-app second factor. A user
 * whose password expired, or an admin the tenant obliges to use a second factor, lands here first.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

  public static final String VIEW = "/core/account.xhtml";
  private static final long serialVersionUID = 1L;

  @Inject CallerPermissions permissions;
  @Inject UserAccounts accounts;
  @Inject Passwords passwords;
  @Inject SecondFactor secondFactor;
  @Inject Messages messages;
  @Inject PasswordRulesText rules;

  private transient String currentPassword;
  private transient String newPassword;
  private transient String repeat;
  private String code;
  private SecondFactor.Enrolment enrolment;
  private transient UserAccount account;

  /** Read once per render (the page asks for it many times), again after every change. */
  public UserAccount getAccount() {
    if (account == null) {
      account = accounts.find(accountId()).orElseThrow();
    }
    return account;
  }

  public boolean isMustChangePassword() {
    return signIn() != null && signIn().mustChangePassword();
  }

  public boolean isMustEnrolTotp() {
    return signIn() != null && signIn().mustEnrolTotp();
  }

  public void changePassword() {
    account = null;
    if (newPassword == null || !newPassword.equals(repeat)) {
      messages.fieldError("password:repeat", "account.repeatPassword.differs");
      return;
    }
    try {
      passwords.change(accountId(), currentPassword, newPassword);
    } catch (InvalidInputException e) {
      messages.invalid(e, "password:");
      return;
    }
    SessionSignIn signIn = signIn();
    if (signIn != null) {
      session().setAttribute(SessionSignIn.ATTRIBUTE, signIn.passwordChanged());
    }
    messages.info("account.passwordChanged");
  }

  public void proposeTotp() {
    account = null;
    enrolment = secondFactor.propose(accountId());
  }

  public void confirmTotp() {
    account = null;
    try {
      secondFactor.confirm(accountId(), code);
    } catch (InvalidInputException e) {
      messages.invalid(e, "totp:");
      return;
    }
    enrolment = null;
    code = null;
    SessionSignIn signIn = signIn();
    if (signIn != null) {
      session().setAttribute(SessionSignIn.ATTRIBUTE, signIn.totpEnrolled());
    }
    messages.info("account.totpEnabled");
  }

  public void disableTotp() {
    account = null;
    try {
      secondFactor.disable(accountId(), currentPassword);
    } catch (InvalidInputException e) {
      messages.invalid(e, "totpOff:");
      return;
    }
    messages.info("account.totpDisabled");
  }

  private long accountId() {
    return permissions.caller().orElseThrow().accountId();
  }

  private SessionSignIn signIn() {
    return (SessionSignIn) session().getAttribute(SessionSignIn.ATTRIBUTE);
  }

  private static HttpSession session() {
    return (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
  }

  public String getRules() {
    return rules.text();
  }

  public SecondFactor.Enrolment getEnrolment() {
    return enrolment;
  }

  public String getCurrentPassword() {
    return null;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
