package com.opsuite.gas.inspection;

import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's open tasks, as the Today page lists them. */
@Path("v1/gas-inspection/tasks/mine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TodayResource {

  @Inject TodayList today;
  @Inject FieldCaller caller;

  @GET
  @Transactional
  @RequiresPermission(FieldCaller.PERFORM)
  @Operation(summary = "The caller's open tasks by area and address, optionally searched")
  public List<TodayLine> mine(@QueryParam("q") String search) {
    return today.of(caller.accountId(), search);
  }
}
