package com.opsuite.core.org;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Applying a module's default organisation. */
@Path("v1/core/org/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrgTemplatesResource {

  @Inject OrgTemplates templates;
  @Context SecurityContext security;

  @POST
  @Path("{module}")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Create the module's default units and positions the tenant has not had")
  public OrgTemplates.Result apply(@PathParam("module") String module) {
    return templates.apply(module, Caller.name(security));
  }
}
