package com.opsuite.core.security;

import com.opsuite.core.api.Caller;
import com.opsuite.core.api.IfMatch;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
  @Inject UserAdministration administration;
  @Inject TenantRoles roles;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The tenant's users with their roles")
  public List<UserInfo> list() {
    return accounts.all().stream().map(this::info).toList();
  }

  @POST
  @Operation(summary = "Add a user with a first password and roles")
  public Response add(NewUser body) {
    NewUser user = body == null ? new NewUser(null, null, null, null) : body;
    UserAccount account =
        administration.add(
            user.email(),
            user.displayName(),
            user.password(),
            roleSet(user.roles()),
            Caller.name(security));
    return Response.created(URI.create("users/" + account.getId())).entity(info(account)).build();
  }

  @PUT
  @Path("{id}/roles")
  @Operation(
      summary =
          "Set exactly which roles the user holds; If-Match: the rolesVersion read (409 when stale)")
  public UserInfo setRoles(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, List<String> roleCodes) {
    // Another tenant's or an unknown user is 404 before the version is looked at.
    accounts.find(id).orElseThrow(NotFoundException::new);
    return info(
        administration
            .setRoles(id, roleSet(roleCodes), IfMatch.required(ifMatch), Caller.name(security))
            .orElseThrow(NotFoundException::new));
  }

  @PUT
  @Path("{id}/active")
  @Operation(
      summary = "Deactivate (false) or reactivate (true) a user; a deactivated user cannot sign in")
  public UserInfo setActive(@PathParam("id") long id, boolean active) {
    return info(
        administration
            .setActive(id, active, Caller.name(security))
            .orElseThrow(NotFoundException::new));
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
        roles.codesHeldBy(account.getId()),
        account.getRolesVersion());
  }

  /**
   * A user as administrators see them: never the password or the second-factor secret. {@code
   * rolesVersion} is what a change of their roles sends back as If-Match.
   */
  public record UserInfo(
      long id,
      String email,
      String displayName,
      boolean active,
      boolean totpEnabled,
      List<String> roles,
      long rolesVersion) {}

  /** A user to add. */
  public record NewUser(String email, String displayName, String password, List<String> roles) {
    @Override
    public String toString() {
      return "NewUser[" + email + "]";
    }
  }
}
