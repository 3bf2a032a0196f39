package com.opsuite.core.org;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The unit tree: the company, its departments and groups. */
@Path("v1/core/org/units")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitsResource {

  @Inject OrgUnits units;
  @Context SecurityContext security;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  @Operation(summary = "Every unit, parents before children; the company is created on first use")
  public List<UnitInfo> list() {
    units.company();
    return units.all().stream().map(UnitInfo::of).toList();
  }

  @POST
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Add a department or group together with its head position")
  public Response create(NewUnit body) {
    NewUnit u = body == null ? new NewUnit(null, null, null, null) : body;
    if (u.parentId() == null) {
      throw OrgUnits.invalid("parentId", "org.unit.parentRequired");
    }
    OrgUnit unit =
        units.create(u.parentId(), u.kind(), u.name(), u.headTitle(), Caller.name(security));
    return Response.created(URI.create("units/" + unit.getId())).entity(UnitInfo.of(unit)).build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Rename, move, or name another head; refused when the version is stale")
  public UnitInfo change(@PathParam("id") long id, UnitChange body) {
    UnitChange c = body == null ? new UnitChange(null, null, null, null) : body;
    units.find(id).orElseThrow(NotFoundException::new);
    return UnitInfo.of(
        units.change(
            id, c.name(), c.parentId(), c.headPositionId(), c.version(), Caller.name(security)));
  }

  @DELETE
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Delete an empty unit")
  public Response delete(@PathParam("id") long id) {
    units.find(id).orElseThrow(NotFoundException::new);
    units.delete(id, Caller.name(security));
    return Response.noContent().build();
  }

  public record UnitInfo(
      long id, Long parentId, UnitKind kind, String name, Long headPositionId, long version) {
    static UnitInfo of(OrgUnit u) {
      return new UnitInfo(
          u.getId(),
          u.getParentId(),
          u.getKind(),
          u.getName(),
          u.getHeadPositionId(),
          u.getVersion());
    }
  }

  public record NewUnit(Long parentId, UnitKind kind, String name, String headTitle) {}

  public record UnitChange(String name, Long parentId, Long headPositionId, Long version) {}
}
