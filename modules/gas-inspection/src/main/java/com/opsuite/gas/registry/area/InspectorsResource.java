package com.opsuite.gas.registry.area;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.gas.registry.RegistryAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inspectors: users with a badge number and the areas they cover. */
@Path("v1/gas-inspection/inspectors")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InspectorsResource {

  @Inject Inspectors inspectors;
  @Inject RegistryAccess access;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(summary = "The inspectors with their badge numbers and areas")
  public List<InspectorInfo> list() {
    access.requireRead();
    return inspectors.all().stream().map(InspectorInfo::of).toList();
  }

  @PUT
  @Path("{userId}")
  @Transactional
  @RequiresPermission(RegistryAccess.ASSIGN)
  @Operation(
      summary =
          "Make a user an inspector, or change their badge number and areas: a change carries"
              + " the version read (409 if it is stale)")
  public InspectorInfo appoint(@PathParam("userId") long userId, Appointment body) {
    Appointment a = body == null ? new Appointment(null, null, null) : body;
    return InspectorInfo.of(
        inspectors.appoint(userId, a.badgeNo(), a.areaIds(), a.version(), Caller.name(security)));
  }

  /** {@code version}: none to appoint, the one read to change an appointment. */
  public record Appointment(String badgeNo, List<Long> areaIds, Long version) {}

  public record InspectorInfo(
      long userId,
      String displayName,
      String badgeNo,
      boolean active,
      Set<Long> areaIds,
      long version) {
    static InspectorInfo of(Inspectors.Appointed a) {
      return new InspectorInfo(
          a.inspector().getUserId(),
          a.displayName(),
          a.inspector().getBadgeNo(),
          a.inspector().isActive(),
          a.areaIds(),
          a.inspector().getVersion());
    }
  }
}
