package com.opsuite.core.tenancy;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.module.ModuleRegistry;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The installed modules and which of them the current tenant has enabled. */
@Path("v1/core/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantModulesResource {

  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Context HttpHeaders headers;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "Installed modules and whether the tenant has each enabled")
  public List<ModuleState> list() {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    Set<String> enabled = tenantModules.enabledIds();
    Map<String, Long> customized = tenantModules.customizedSettingCounts();
    return registry.installed().stream()
        .map(
            m ->
                new ModuleState(
                    m.id(),
                    m.name(locale),
                    enabled.contains(m.id()),
                    customized.getOrDefault(m.id(), 0L),
                    customized.containsKey(m.id())))
        .toList();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enable or disable a module for the tenant; its data is kept either way")
  @RequiresPermission(CorePermissions.MODULES_MANAGE)
  public ModuleState change(@PathParam("id") String id, Switch body) {
    if (registry.find(id).isEmpty() || body == null) {
      throw new NotFoundException();
    }
    tenantModules.setEnabled(id, body.enabled(), Caller.name(security));
    return list().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * A module, whether it is on, how many of its settings the tenant changed, and whether the tenant
   * has ever had it (a record of it exists, on or off).
   */
  public record ModuleState(
      String id, String name, boolean enabled, long customizedSettings, boolean known) {}

  /** The requested state. */
  public record Switch(boolean enabled) {}
}
