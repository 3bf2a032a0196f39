package com.opsuite.core.security;

import com.opsuite.core.api.Caller;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.PasswordHashing;
import com.opsuite.core.identity.Passwords;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant's users and the roles they hold; for those who manage users. */
@Path("v1/core/users")
@RequestScoped
@RequiresPermission(CorePermissions.USERS_MANAGE)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Inject UserAccounts accounts;
  @Inject TenantRoles roles;
  @Inject Passwords passwords;
  @Inject PasswordHashing hashing;
  @Inject AuditLog audit;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The tenant's users with their roles")
  public List<UserInfo> list() {
    return accounts.all().stream().map(this::info).toList();
  }

  @POST
  @Transactional
  @Operation(summary = "Add a user with a first password and roles")
  public Response add(NewUser body) {
    NewUser user = body == null ? new NewUser(null, null, null, null) : body;
    List<Violation> problems = new ArrayList<>();
    if (user.email() == null
        || user.email().length() > 254
        || !EMAIL.matcher(user.email().strip()).matches()) {
      problems.add(new Violation("email", "user.email.invalid"));
    } else if (accounts.findByEmail(user.email().strip()).isPresent()) {
      problems.add(new Violation("email", "user.email.taken"));
    }
    if (user.displayName() == null
        || user.displayName().isBlank()
        || user.displayName().length() > 200) {
      problems.add(new Violation("displayName", "user.displayName.invalid"));
    }
    problems.addAll(passwords.check("password", user.password()));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    UserAccount account =
        accounts.add(
            new UserAccount(
                user.email().strip(),
                user.displayName().strip(),
                hashing.hash(user.password()),
                false));
    String by = Caller.name(security);
    audit.record(by, "user.created", account.getEmail(), null, account.getDisplayName());
    accounts.flush();
    roles.assignExactly(account.getId(), roleSet(user.roles()), by);
    return Response.created(URI.create("users/" + account.getId())).entity(info(account)).build();
  }

  @PUT
  @Path("{id}/roles")
  @Transactional
  @Operation(summary = "Set exactly which roles the user holds")
  public UserInfo setRoles(@PathParam("id") long id, List<String> roleCodes) {
    UserAccount account = accounts.find(id).orElseThrow(NotFoundException::new);
    roles.assignExactly(id, roleSet(roleCodes), Caller.name(security));
    return info(account);
  }

  @PUT
  @Path("{id}/active")
  @Transactional
  @Operation(
      summary = "Deactivate (false) or reactivate (true) a user; a deactivated user cannot sign in")
  public UserInfo setActive(@PathParam("id") long id, boolean active) {
    UserAccount account = accounts.find(id).orElseThrow(NotFoundException::new);
    if (account.isActive() != active) {
      account.setActive(active);
      audit.record(
          Caller.name(security),
          active ? "user.reactivated" : "user.deactivated",
          account.getEmail(),
          null,
          null);
    }
    return info(account);
  }

  private static Set<String> roleSet(List<String> codes) {
    return codes == null ? Set.of() : new LinkedHashSet<>(codes);
  }

  private UserInfo info(UserAccount account) {
    return new UserInfo(
        account.getId(),
        account.getEmail(),
        account.getDisplayName(),
        account.isActive(),
        account.isTotpEnabled(),
        roles.codesHeldBy(account.getId()));
  }

  /** A user as administrators see them: never the password or the second-factor secret. */
  public record UserInfo(
      long id,
      String email,
      String displayName,
      boolean active,
      boolean totpEnabled,
      List<String> roles) {}

  /** A user to add. */
  public record NewUser(String email, String displayName, String password, List<String> roles) {
    @Override
    public String toString() {
      return "NewUser[" + email + "]";
    }
  }
}
