package com.opsuite.online.meeting;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.online.data.DataInvalidInput;
import com.opsuite.online.data.DataPermissions;
import com.opsuite.online.data.DataProblems;
import com.opsuite.online.data.IsoWeek;
import com.opsuite.online.data.PlatformData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The meeting packs as JSON, PDF and Excel: weekly (a week against the one before, for Monday's
 * meeting) and monthly (a month against the one before, with the improvement actions).
 */
@Path("v1/online-ops/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

  @Inject MeetingPacks packs;
  @Inject PlatformData data;
  @Inject PackPdf pdf;
  @Inject MeetingSchedule schedule;
  @Inject MeetingNotices notices;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Path("weekly")
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(
      summary =
          "The weekly pack of an ISO week (week=2026-W45; default last week): each platform's"
              + " figures against the week before, change and percent, and content published")
  public MeetingPack weekly(@QueryParam("week") String week) {
    return packs.weekly(week(week));
  }

  @GET
  @Path("weekly/pdf")
  @Produces("application/pdf")
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(summary = "The weekly pack as a PDF")
  public Response weeklyPdf(@QueryParam("week") String week) {
    MeetingPack pack = packs.weekly(week(week));
    return file(pdf.write(pack, DataProblems.locale(headers)), "application/pdf", pack, "pdf");
  }

  @GET
  @Path("weekly/xlsx")
  @Produces(PackWorkbook.MEDIA_TYPE)
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(summary = "The weekly pack as an Excel workbook")
  public Response weeklyXlsx(@QueryParam("week") String week) {
    MeetingPack pack = packs.weekly(week(week));
    return file(
        PackWorkbook.write(pack, DataProblems.locale(headers)),
        PackWorkbook.MEDIA_TYPE,
        pack,
        "xlsx");
  }

  @GET
  @Path("monthly")
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(
      summary =
          "The monthly pack (month=2026-10; default last month): the month against the one before,"
              + " the actions agreed at the previous meeting with their status, and this one's")
  public MeetingPack monthly(@QueryParam("month") String month) {
    return packs.monthly(month(month));
  }

  @GET
  @Path("monthly/pdf")
  @Produces("application/pdf")
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(summary = "The monthly pack as a PDF")
  public Response monthlyPdf(@QueryParam("month") String month) {
    MeetingPack pack = packs.monthly(month(month));
    return file(pdf.write(pack, DataProblems.locale(headers)), "application/pdf", pack, "pdf");
  }

  @GET
  @Path("monthly/xlsx")
  @Produces(PackWorkbook.MEDIA_TYPE)
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(summary = "The monthly pack as an Excel workbook")
  public Response monthlyXlsx(@QueryParam("month") String month) {
    MeetingPack pack = packs.monthly(month(month));
    return file(
        PackWorkbook.write(pack, DataProblems.locale(headers)),
        PackWorkbook.MEDIA_TYPE,
        pack,
        "xlsx");
  }

  @GET
  @Path("schedule")
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(
      summary =
          "The next weekly and monthly meetings (from now, or the instant given) with the pack"
              + " each discusses and when its notice goes out")
  public List<MeetingInfo> schedule(@QueryParam("at") String at) {
    Instant from = instant(at);
    return schedule.next(from).stream()
        .map(
            m ->
                new MeetingInfo(
                    m.kind(),
                    m.startsAt().toOffsetDateTime().toString(),
                    m.packPeriod(),
                    m.startsAt().toInstant().minus(schedule.notice()),
                    notices.packLink(m).orElse(null)))
        .toList();
  }

  @POST
  @Path("notices/run")
  @RequiresPermission("online.cadence.manage")
  @Operation(
      summary =
          "Announce the meetings whose notice time has come (now, or at the instant given), as the"
              + " timer does; each meeting once")
  public List<MeetingNotices.Sent> runNotices(@QueryParam("at") String at) {
    return notices.run(instant(at), Caller.name(security));
  }

  /** A meeting as the schedule shows it; {@code startsAt} in the tenant's offset. */
  public record MeetingInfo(
      MeetingPack.Kind kind,
      String startsAt,
      String packPeriod,
      Instant noticeAt,
      String packLink) {}

  private static Instant instant(String at) {
    if (at == null || at.isBlank()) {
      return Instant.now();
    }
    try {
      return OffsetDateTime.parse(at.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw DataInvalidInput.of("at", "meeting.at.invalid", at);
    }
  }

  private static Response file(byte[] bytes, String type, MeetingPack pack, String extension) {
    return Response.ok(bytes, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"meeting-"
                + pack.kind().name().toLowerCase(java.util.Locale.ROOT)
                + "-"
                + pack.period()
                + "."
                + extension
                + "\"")
        .build();
  }

  private IsoWeek week(String text) {
    if (text == null || text.isBlank()) {
      return IsoWeek.of(data.today()).previous();
    }
    try {
      return IsoWeek.parse(text);
    } catch (IllegalArgumentException e) {
      throw DataInvalidInput.of("week", "data.week.invalid", text);
    }
  }

  static YearMonth month(String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      YearMonth m = YearMonth.parse(text.strip());
      if (m.getYear() < 2000 || m.getYear() > 2100) {
        throw DataInvalidInput.of("month", "meeting.month.invalid", text);
      }
      return m;
    } catch (DateTimeParseException e) {
      throw DataInvalidInput.of("month", "meeting.month.invalid", text);
    }
  }

  private YearMonth month(String text) {
    return month(text, YearMonth.from(data.today()).minusMonths(1));
  }
}
