package com.opsuite.gas.registry.area;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.registry.RegistryAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant's service areas. */
@Path("v1/gas-inspection/areas")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AreasResource {

  @Inject Areas areas;
  @Inject RegistryAccess access;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(summary = "The service areas, by code")
  public List<AreaInfo> list() {
    access.requireRead();
    return areas.all().stream().map(AreaInfo::of).toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One service area")
  public AreaInfo get(@PathParam("id") long id) {
    access.requireRead();
    return AreaInfo.of(areas.get(id));
  }

  @POST
  @Transactional
  @RequiresPermission(RegistryAccess.ASSIGN)
  @Operation(summary = "Create a service area with a code that never changes")
  public Response create(AreaForm body) {
    AreaForm form = body == null ? new AreaForm(null, null, null) : body;
    Area area = areas.create(form.code(), form.name(), Caller.name(security));
    return Response.created(URI.create("areas/" + area.getId())).entity(AreaInfo.of(area)).build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(RegistryAccess.ASSIGN)
  @Operation(summary = "Rename a service area; a stale version is refused with 409")
  public AreaInfo rename(@PathParam("id") long id, AreaForm body) {
    AreaForm form = body == null ? new AreaForm(null, null, null) : body;
    return AreaInfo.of(areas.rename(id, form.name(), form.version(), Caller.name(security)));
  }

  public record AreaForm(String code, String name, Long version) {}

  public record AreaInfo(long id, String code, String name, boolean active, long version) {
    static AreaInfo of(Area a) {
      return new AreaInfo(a.getId(), a.getCode(), a.getName(), a.isActive(), a.getVersion());
    }
  }
}
