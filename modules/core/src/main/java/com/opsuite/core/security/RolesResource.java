package com.opsuite.core.security;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.spi.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The permissions that exist and the current tenant's roles built from them. */
@Path("v1/core")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

  @Inject PermissionCatalog catalog;
  @Inject TenantRoles roles;
  @Context HttpHeaders headers;

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
  @Operation(summary = "The tenant's roles and their permissions")
  public List<RoleInfo> roles() {
    Locale locale = locale();
    return roles.roles().stream()
        .map(
            r ->
                new RoleInfo(
                    r.getCode(),
                    r.getScope(),
                    catalog.roleLabel(r.getScope(), r.getLocalCode(), locale),
                    r.isBuiltIn(),
                    List.copyOf(r.getPermissions())))
        .toList();
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  /** A permission and its label. */
  public record PermissionInfo(String code, String scope, String label) {}

  /** A role, its label and its permissions. */
  public record RoleInfo(
      String code, String scope, String label, boolean builtIn, List<String> permissions) {}
}
