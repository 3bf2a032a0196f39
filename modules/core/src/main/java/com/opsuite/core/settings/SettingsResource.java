package com.opsuite.core.settings;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The current tenant's settings of one scope: {@code core} or a module id. Under the module's own
 * path, so a module the tenant has not enabled answers 404 here too.
 */
@Path("v1/{scope}/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

  @Inject SettingCatalog catalog;
  @Inject TenantSettings settings;
  @Context HttpHeaders headers;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The settings of a scope with their values, defaults and bounds")
  public List<SettingValue> list(@PathParam("scope") String scope) {
    requireScope(scope);
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    Map<String, String> values = settings.values(scope);
    return catalog.definitions(scope).stream()
        .map(
            d ->
                new SettingValue(
                    d.key(),
                    catalog.label(scope, d, locale),
                    d.type().name(),
                    values.get(d.key()),
                    catalog.defaultValue(scope, d),
                    d.min(),
                    d.max()))
        .toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change several settings of a scope at once; all or none are changed")
  @RequiresPermission(CorePermissions.SETTINGS_EDIT)
  public List<SettingValue> change(@PathParam("scope") String scope, Map<String, String> values) {
    requireScope(scope);
    settings.change(scope, values == null ? Map.of() : values, Caller.name(security));
    return list(scope);
  }

  @GET
  @Path("history")
  @Operation(summary = "Who changed which setting of the scope, when, from what to what")
  @RequiresPermission(CorePermissions.SETTINGS_EDIT)
  public List<Change> history(@PathParam("scope") String scope) {
    requireScope(scope);
    return settings.history(scope).stream()
        .map(
            e ->
                new Change(
                    e.getTarget().substring(scope.length() + 1),
                    e.getBeforeValue(),
                    e.getAfterValue(),
                    e.getActor(),
                    e.getOccurredAt().toString()))
        .toList();
  }

  private void requireScope(String scope) {
    if (!catalog.hasScope(scope)) {
      throw new NotFoundException();
    }
  }

  /** A setting as the API shows it. */
  public record SettingValue(
      String key,
      String label,
      String type,
      String value,
      String defaultValue,
      Long min,
      Long max) {}

  /** One recorded change. */
  public record Change(
      String key, String oldValue, String newValue, String changedBy, String changedAt) {}
}
