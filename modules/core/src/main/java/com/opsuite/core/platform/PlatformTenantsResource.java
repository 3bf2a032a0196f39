package com.opsuite.core.platform;

import com.opsuite.core.api.Caller;
import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.security.PlatformPermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.Tenant;
import com.opsuite.core.tenancy.TenantStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tenants for platform operators: list, suspend, reactivate. Nothing of their business data. */
@Path("v1/platform/tenants")
@RequestScoped
@PlatformApi
@RequiresPermission(PlatformPermissions.OPERATE)
@Produces(MediaType.APPLICATION_JSON)
public class PlatformTenantsResource {

  @Inject PlatformTenants tenants;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "Every tenant with its status")
  public List<TenantInfo> list() {
    return tenants.all().stream().map(TenantInfo::of).toList();
  }

  @POST
  @Path("{code}/suspend")
  @Operation(summary = "Suspend a tenant: its users can no longer sign in or call the API")
  public TenantInfo suspend(@PathParam("code") String code) {
    return change(code, TenantStatus.SUSPENDED);
  }

  @POST
  @Path("{code}/reactivate")
  @Operation(summary = "Reactivate a suspended tenant")
  public TenantInfo reactivate(@PathParam("code") String code) {
    return change(code, TenantStatus.ACTIVE);
  }

  private TenantInfo change(String code, TenantStatus status) {
    return tenants
        .setStatus(code, status, Caller.name(security))
        .map(TenantInfo::of)
        .orElseThrow(NotFoundException::new);
  }

  /** A tenant as operators see it. */
  public record TenantInfo(
      String code, String name, String status, String locale, String createdAt) {
    static TenantInfo of(Tenant t) {
      return new TenantInfo(
          t.getCode(),
          t.getName(),
          t.getStatus().name(),
          t.getLocale().toLanguageTag(),
          t.getCreatedAt().toString());
    }
  }
}
