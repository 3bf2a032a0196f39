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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Positions with their reporting line, duties and rights. */
@Path("v1/core/org/positions")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PositionsResource {

  @Inject Positions positions;
  @Context SecurityContext security;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  @Operation(summary = "Every position of the organisation")
  public List<PositionInfo> list() {
    return positions.all().stream().map(this::info).toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  public PositionInfo get(@PathParam("id") long id) {
    return info(positions.find(id).orElseThrow(NotFoundException::new));
  }

  @POST
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Add a position")
  public Response create(PositionBody body) {
    Position p = positions.create(draft(body), null, Caller.name(security));
    return Response.created(URI.create("positions/" + p.getId())).entity(info(p)).build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Change a position; refused when the version is stale")
  public PositionInfo change(@PathParam("id") long id, PositionBody body) {
    positions.find(id).orElseThrow(NotFoundException::new);
    Long version = body == null ? null : body.version();
    return info(positions.change(id, draft(body), version, Caller.name(security)));
  }

  @DELETE
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Delete a position nobody holds and nobody reports to")
  public Response delete(@PathParam("id") long id) {
    positions.find(id).orElseThrow(NotFoundException::new);
    positions.delete(id, Caller.name(security));
    return Response.noContent().build();
  }

  private static PositionDraft draft(PositionBody b) {
    PositionBody body =
        b == null ? new PositionBody(null, null, null, null, null, null, null, null, null) : b;
    return new PositionDraft(
        body.unitId(),
        body.title(),
        body.reportsToId(),
        body.headcount(),
        body.duties(),
        body.standards(),
        body.requirements(),
        body.roles());
  }

  private PositionInfo info(Position p) {
    return new PositionInfo(
        p.getId(),
        p.getUnitId(),
        p.getTitle(),
        p.getReportsToId(),
        p.getHeadcount(),
        p.getDuties(),
        p.getStandards(),
        p.getRequirements(),
        positions.rolesOf(p.getId()),
        p.getVersion());
  }

  public record PositionInfo(
      long id,
      long unitId,
      String title,
      Long reportsToId,
      int headcount,
      String duties,
      String standards,
      String requirements,
      Set<String> roles,
      long version) {}

  public record PositionBody(
      Long unitId,
      String title,
      Long reportsToId,
      Integer headcount,
      String duties,
      String standards,
      String requirements,
      Set<String> roles,
      Long version) {}
}
