package com.opsuite.online.calendar;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.online.cadence.CadenceAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The content calendar, read-only: pieces by planned or published day, occasions, day kinds. */
@Path("v1/online-ops/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @Inject ContentCalendar calendar;
  @Inject CallerPermissions permissions;

  @GET
  @Transactional
  @Operation(summary = "Content and occasions from..to (at most 62 days), on one platform if given")
  public ContentCalendar.Span get(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("platform") Long platform) {
    CadenceAccess.requireRead(permissions);
    return calendar.span(from, to, platform);
  }

  @GET
  @Path("platforms")
  @Transactional
  @Operation(summary = "The active platforms the calendar filters by")
  public List<ContentCalendar.PlatformOption> platforms() {
    CadenceAccess.requireRead(permissions);
    return calendar.platforms();
  }
}
