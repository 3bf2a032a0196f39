package com.opsuite.core.security;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.spi.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The permissions that exist and the current tenant's roles built from them. */
@Path("v1/core")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

  @Inject PermissionCatalog catalog;
  @Inject TenantRoles roles;
  @Context HttpHeaders headers;
  @Context SecurityContext security;

  @GET
  @Path("permissions")
  @Operation(summary = "Every permission core and the installed modules declare, with its label")
  public List<PermissionInfo> permissions() {
    Locale locale = locale();
    List<PermissionInfo> all = new ArrayList<>();
    for (Map.Entry<String, List<Permission>> scope : catalog.byScope().entrySet()) {
      scope
          .getValue()
          .forEach(
              p ->
                  all.add(
                      new PermissionInfo(
                          p.code(), scope.getKey(), catalog.label(scope.getKey(), p, locale))));
    }
    return all;
  }

  @GET
  @Path("roles")
  @RequiresPermission(CorePermissions.ROLES_MANAGE)
  @Operation(summary = "The tenant's roles and their permissions")
  public List<RoleInfo> roles() {
    Locale locale = locale();
    return roles.roles().stream().map(r -> info(r, locale)).toList();
  }

  @PUT
  @Path("roles/{code}")
  @RequiresPermission(CorePermissions.ROLES_MANAGE)
  @Operation(
      summary =
          "Create a tenant role (code custom.<name>) or change a role's permissions and data scope")
  public RoleInfo save(@PathParam("code") String code, RoleChange body) {
    RoleChange change = body == null ? new RoleChange(null, null, null) : body;
    Role role =
        roles.save(
            code,
            change.permissions() == null ? Set.of() : new TreeSet<>(change.permissions()),
            change.dataScope() == null ? DataScope.ALL : change.dataScope(),
            change.version(),
            Caller.name(security));
    return info(role, locale());
  }

  @DELETE
  @Path("roles/{code}")
  @RequiresPermission(CorePermissions.ROLES_MANAGE)
  @Operation(summary = "Delete a tenant-defined role; its holders lose it")
  public Response delete(@PathParam("code") String code) {
    return roles.delete(code, Caller.name(security))
        ? Response.noContent().build()
        : Response.status(Response.Status.NOT_FOUND).build();
  }

  private RoleInfo info(Role role, Locale locale) {
    return new RoleInfo(
        role.getCode(),
        role.getScope(),
        catalog.roleLabel(role.getScope(), role.getLocalCode(), locale),
        role.isBuiltIn(),
        role.getDataScope(),
        role.getVersion(),
        List.copyOf(role.getPermissions()));
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  /** A permission and its label. */
  public record PermissionInfo(String code, String scope, String label) {}

  /** A role, its label and its permissions. */
  public record RoleInfo(
      String code,
      String scope,
      String label,
      boolean builtIn,
      DataScope dataScope,
      long version,
      List<String> permissions) {}

  /** A role's new permissions and data scope; {@code version} as read, to refuse stale edits. */
  public record RoleChange(List<String> permissions, DataScope dataScope, Long version) {}
}
