package com.opsuite.gas.report;

import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The supervisors' dashboard figures as JSON: the same {@link Summary} the page shows. */
@Path("v1/gas-inspection/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @Inject Summaries summaries;

  @GET
  @Path("summary")
  @Transactional
  @RequiresPermission(ReportPermissions.READ)
  @Operation(
      summary =
          "Inspections planned and done per inspector and area, entry failures, open and overdue"
              + " hazards, the weekly blacklist and theft cases by stage, for the days from..to")
  public Summary summary(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("area") Long area) {
    List<InvalidInputException.Violation> wrong = new ArrayList<>();
    if (from == null) {
      wrong.add(new InvalidInputException.Violation("from", "kpi.required"));
    }
    if (to == null) {
      wrong.add(new InvalidInputException.Violation("to", "kpi.required"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      wrong.add(new InvalidInputException.Violation("to", "org.assignment.endsBeforeStart"));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    if (area != null && summaries.area(area).isEmpty()) {
      throw new NotFoundException();
    }
    return summaries.summary(from, to, area);
  }
}
