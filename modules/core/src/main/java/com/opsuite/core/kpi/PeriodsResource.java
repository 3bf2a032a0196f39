package com.opsuite.core.kpi;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Closing and reopening KPI periods: a closed period takes no more values or target changes. */
@Path("v1/core/kpi/periods")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PeriodsResource {

  @Inject PeriodClosings closings;
  @Context SecurityContext security;

  @GET
  @Path("closed")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  @Operation(summary = "The closed periods")
  public List<ClosedInfo> closed() {
    return closings.closed().stream()
        .map(c -> new ClosedInfo(c.period().toString(), c.getClosedAt(), c.getClosedBy()))
        .toList();
  }

  @PUT
  @Path("{period}/closed")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_MANAGE)
  @Operation(summary = "Close (true) or reopen (false) a period")
  public List<ClosedInfo> setClosed(@PathParam("period") String text, boolean closed) {
    Period period = Subjects.period("period", text);
    if (closed) {
      closings.close(period, Caller.name(security));
    } else {
      closings.reopen(period, Caller.name(security));
    }
    return closed();
  }

  public record ClosedInfo(String period, Instant closedAt, String closedBy) {}
}
