package com.opsuite.core.identity;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in user's own account: who they are, their password, their second factor. */
@Path("v1/core/account")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject CallerPermissions permissions;
  @Inject UserAccounts accounts;
  @Inject Passwords passwords;
  @Inject SecondFactor secondFactor;

  @GET
  @Operation(summary = "The signed-in user, their roles' permissions and second-factor state")
  public Me me() {
    UserAccount account = accounts.find(caller().accountId()).orElseThrow();
    return new Me(
        account.getId(),
        account.getEmail(),
        account.getDisplayName(),
        account.isTotpEnabled(),
        List.copyOf(new java.util.TreeSet<>(permissions.all())));
  }

  @PUT
  @Path("password")
  @Operation(summary = "Change the own password (the current one is required)")
  public void changePassword(PasswordChange body) {
    PasswordChange change = body == null ? new PasswordChange(null, null) : body;
    passwords.change(caller().accountId(), change.currentPassword(), change.newPassword());
  }

  @POST
  @Path("totp")
  @Operation(summary = "Start enrolling an authenticator app: a new secret and otpauth URI")
  public SecondFactor.Enrolment proposeTotp() {
    return secondFactor.propose(caller().accountId());
  }

  @POST
  @Path("totp/confirm")
  @Operation(summary = "Switch the second factor on with a first code from the app")
  public void confirmTotp(Code body) {
    secondFactor.confirm(caller().accountId(), body == null ? null : body.code());
  }

  /** A POST with the password in the body: a query parameter would end up in access logs. */
  @POST
  @Path("totp/disable")
  @Operation(summary = "Switch the second factor off (the password is required)")
  public void disableTotp(PasswordConfirmation body) {
    secondFactor.disable(caller().accountId(), body == null ? null : body.password());
  }

  private CallerIdentity caller() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .orElseThrow(() -> new AccessDeniedException("core.account", false));
  }

  /** The caller's account. */
  public record Me(
      long id, String email, String displayName, boolean totpEnabled, List<String> permissions) {}

  /** A password change. */
  public record PasswordChange(String currentPassword, String newPassword) {
    @Override
    public String toString() {
      return "PasswordChange";
    }
  }

  /** An authenticator code. */
  public record Code(String code) {}

  /** The own password, confirming a change to the account's security. */
  public record PasswordConfirmation(String password) {
    @Override
    public String toString() {
      return "PasswordConfirmation[***]";
    }
  }
}
