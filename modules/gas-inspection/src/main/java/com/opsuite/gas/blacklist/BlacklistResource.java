package com.opsuite.gas.blacklist;

import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The no-purchase blacklist for the inspection supervisor: the list, its history, a run now. */
@Path("v1/gas-inspection/blacklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlacklistResource {

  @Inject BlacklistJob job;
  @Inject BlacklistQueries queries;
  @Inject TenantContext tenant;

  @POST
  @Path("runs")
  @Transactional
  @RequiresPermission("gas.inspection.assign")
  @Operation(
      summary =
          "Run the blacklist job now: customers listed and taken off, audit tasks opened and"
              + " assigned, time taken (waits for a run in progress)")
  public RunCounts run() {
    return job.runNow();
  }

  @GET
  @RequiresPermission("gas.inspection.assign")
  @Operation(
      summary =
          "Customers on the list now, by area and address, with their audit task; filter by area,"
              + " assignee (or unassigned=true) and words of number, name or address")
  public BlacklistQueries.Page listed(
      @QueryParam("areaId") Long areaId,
      @QueryParam("assigneeId") Long assigneeId,
      @QueryParam("unassigned") boolean unassigned,
      @QueryParam("q") String q,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return queries.listed(
        new BlacklistQueries.Filter(areaId, assigneeId, unassigned, q), first, Math.min(max, 1000));
  }

  @GET
  @Path("leavers")
  @RequiresPermission("gas.inspection.assign")
  @Operation(summary = "Customers who left the list since a day (default: 90 days ago), with why")
  public List<BlacklistQueries.Row> leavers(
      @QueryParam("from") LocalDate from, @QueryParam("max") @DefaultValue("500") int max) {
    LocalDate today = LocalDate.now(tenant.require().timeZone());
    return queries.leavers(from == null ? today.minusDays(90) : from, max);
  }

  @GET
  @Path("trend")
  @RequiresPermission("gas.inspection.assign")
  @Operation(summary = "Size of the list at the end of each of the last weeks (default 12)")
  public List<BlacklistQueries.WeekSize> trend(@QueryParam("weeks") @DefaultValue("12") int weeks) {
    return queries.trend(LocalDate.now(tenant.require().timeZone()), Math.min(weeks, 104));
  }
}
