package com.opsuite.core.calendar;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current tenant's working-day calendar. */
@Path("v1/core/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @Inject TenantCalendar calendar;
  @Context SecurityContext security;

  @GET
  @Path("{year: \\d{4}}")
  @Operation(
      summary = "A year: built-in holidays and make-up working days, and the tenant's own entries")
  public Year year(@PathParam("year") int year) {
    return new Year(
        year,
        ChinaPublicHolidays.hasOfficialSchedule(year),
        List.copyOf(ChinaPublicHolidays.publicHolidays(year)).stream()
            .map(LocalDate::toString)
            .toList(),
        List.copyOf(ChinaPublicHolidays.makeUpWorkdays(year)).stream()
            .map(LocalDate::toString)
            .toList(),
        calendar.entries(year).stream()
            .map(d -> new Entry(d.getDay().toString(), d.getKind().name(), d.getNote()))
            .toList());
  }

  @GET
  @Path("working-days")
  @Operation(summary = "The date that is the given number of working days after a date")
  public Entry plusWorkingDays(@QueryParam("from") LocalDate from, @QueryParam("add") int add) {
    LocalDate result =
        calendar.calendar().plusWorkingDays(from == null ? LocalDate.now() : from, add);
    return new Entry(result.toString(), calendar.calendar().kindOf(result).name(), null);
  }

  @PUT
  @Path("days/{day}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make a day a working day or a rest day for the tenant")
  @RequiresPermission(CorePermissions.CALENDAR_EDIT)
  public Entry set(@PathParam("day") LocalDate day, Entry body) {
    DayKind kind = body == null || body.kind() == null ? null : parse(body.kind());
    calendar.set(day, kind, body == null ? null : body.note(), Caller.name(security));
    return new Entry(day.toString(), kind.name(), body.note());
  }

  @DELETE
  @Path("days/{day}")
  @Operation(summary = "Let a day follow the built-in calendar again")
  @RequiresPermission(CorePermissions.CALENDAR_EDIT)
  public void clear(@PathParam("day") LocalDate day) {
    calendar.clear(day, Caller.name(security));
  }

  private static DayKind parse(String kind) {
    try {
      return DayKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A year of the calendar. */
  public record Year(
      int year,
      boolean officialSchedule,
      List<String> publicHolidays,
      List<String> makeUpWorkdays,
      List<Entry> entries) {}

  /** A day and how the tenant treats it. */
  public record Entry(String date, String kind, String note) {}
}
