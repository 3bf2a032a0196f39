package com.opsuite.gas.plan;

import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The annual residential inspection plan: generate a year's tasks, see how it stands. */
@Path("v1/gas-inspection/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

  @Inject AnnualPlan plan;
  @Inject PlanCoverage coverage;
  @Inject TenantContext tenant;

  @POST
  @Path("{year}")
  @Transactional
  @RequiresPermission("gas.inspection.assign")
  @Operation(
      summary =
          "Generate the year's planned inspections (inspections-per-year rounds per residential"
              + " customer, key-customer-inspections-per-year per key customer, spread over each"
              + " round per area) and assign them; again adds only what is missing")
  public AnnualPlan.PlanCounts generate(@PathParam("year") int year) {
    return plan.generate(year);
  }

  @GET
  @Path("{year}/coverage")
  @RequiresPermission("gas.inspection.assign")
  @Operation(
      summary =
          "Planned, due before asOf (default today) and completed inspections per area and"
              + " inspector, and the customers overdue")
  public PlanCoverage.Coverage coverage(
      @PathParam("year") int year, @QueryParam("asOf") LocalDate asOf) {
    return coverage.of(year, asOf == null ? LocalDate.now(tenant.require().timeZone()) : asOf);
  }
}
