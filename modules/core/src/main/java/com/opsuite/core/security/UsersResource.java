package com.opsuite.core.security;

import com.opsuite.core.api.Caller;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant's users and the roles they hold; for those who manage users. */
@Path("v1/core/users")
@RequestScoped
@RequiresPermission(CorePermissions.USERS_MANAGE)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject UserAccounts accounts;
  @Inject TenantRoles roles;
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
    String by = Caller.name(security);
    UserAccount account = accounts.create(user.email(), user.displayName(), user.password(), by);
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
    accounts.setActive(account, active, Caller.name(security));
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
