package com.opsuite.online.cadence;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.text.SpreadsheetCells;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Cadence compliance per week, its history, each platform's rules, the fixed columns and their
 * reviews, and the warning run the daily timer makes (callable for a given day).
 */
@Path("v1/online-ops/cadence")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CadenceResource {

  @Inject CadenceService cadence;
  @Inject CadenceWarnings warnings;
  @Inject CadenceData data;
  @Inject CallerPermissions permissions;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Path("compliance")
  @Transactional
  @Operation(
      summary =
          "Each rule of the week (2025-W40 or a date; this week by default) as of a day (today"
              + " by default): met, missed or in progress, count against required, what is due")
  public WeekInfo compliance(@QueryParam("week") String week, @QueryParam("asOf") LocalDate asOf) {
    CadenceAccess.requireRead(permissions);
    return WeekInfo.of(cadence.week(CadenceService.parseWeek(week), asOf), locale());
  }

  @GET
  @Path("compliance.csv")
  @Produces("text/csv")
  @Transactional
  @Operation(summary = "The week's compliance as CSV (UTF-8 with a byte-order mark, for Excel)")
  public Response complianceCsv(
      @QueryParam("week") String week, @QueryParam("asOf") LocalDate asOf) {
    CadenceAccess.requireRead(permissions);
    WeekInfo info = WeekInfo.of(cadence.week(CadenceService.parseWeek(week), asOf), locale());
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord(
          "week", "rule", "platform", "subject", "status", "count", "required", "dueOn", "next");
      for (RowInfo r : info.rows()) {
        csv.printRecord(
            info.week(),
            SpreadsheetCells.plain(r.ruleLabel()),
            SpreadsheetCells.plain(r.platform()),
            SpreadsheetCells.plain(r.subject()),
            r.statusLabel(),
            r.count(),
            r.required(),
            r.dueOn(),
            r.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"cadence-" + info.week() + ".csv\"")
        .build();
  }

  @GET
  @Path("history")
  @Transactional
  @Operation(summary = "Rule-periods met and missed per week, the given week last (up to 26)")
  public List<ShareInfo> history(
      @QueryParam("week") String week,
      @QueryParam("weeks") @DefaultValue("8") int weeks,
      @QueryParam("asOf") LocalDate asOf) {
    CadenceAccess.requireRead(permissions);
    return cadence.history(CadenceService.parseWeek(week), weeks, asOf).stream()
        .map(s -> new ShareInfo(s.isoWeek(), s.monday(), s.met(), s.missed(), s.share()))
        .toList();
  }

  @GET
  @Path("rules")
  @Transactional
  @Operation(summary = "Each active platform's effective rule: its own or the settings'")
  public List<CadenceService.RuleLine> rules() {
    CadenceAccess.requireRead(permissions);
    return cadence.rules();
  }

  @PUT
  @Path("rules/{platformId}")
  @Transactional
  @RequiresPermission(CadenceAccess.MANAGE)
  @Operation(summary = "Set a platform's own rule; null fields follow the settings")
  public CadenceService.RuleLine setRule(@PathParam("platformId") long platformId, RuleForm form) {
    RuleForm f = form == null ? new RuleForm(null, null, null, null) : form;
    cadence.setRule(
        platformId,
        f.weeklyMin(),
        f.dailyMin(),
        f.workingDaysOnly(),
        f.version(),
        Caller.name(security));
    return cadence.rules().stream()
        .filter(r -> r.platformId() == platformId)
        .findFirst()
        .orElseThrow(CadenceRefused::notFound);
  }

  @GET
  @Path("columns")
  @Transactional
  @Operation(summary = "The fixed columns with their last review")
  public List<ColumnInfo> columns() {
    CadenceAccess.requireRead(permissions);
    return cadence.columns().stream().map(ColumnInfo::of).toList();
  }

  @POST
  @Path("columns")
  @Transactional
  @RequiresPermission(CadenceAccess.MANAGE)
  @Operation(summary = "Add a fixed column to a platform")
  public Response addColumn(ColumnForm form) {
    ColumnForm f = form == null ? new ColumnForm(null, null) : form;
    CadenceColumn column = cadence.addColumn(f.platformId(), f.name(), Caller.name(security));
    return Response.created(URI.create("cadence/columns/" + column.getId()))
        .entity(ColumnInfo.of(column))
        .build();
  }

  @POST
  @Path("columns/{id}/review")
  @Transactional
  @RequiresPermission(CadenceAccess.MANAGE)
  @Operation(summary = "Mark the column reviewed (today, or on a past day)")
  public ColumnInfo review(@PathParam("id") long id, ReviewForm form) {
    LocalDate on = form == null ? null : form.on();
    long user = CadenceAccess.userId(permissions, CadenceAccess.MANAGE);
    return ColumnInfo.of(cadence.review(id, on, user, Caller.name(security)));
  }

  @POST
  @Path("warnings/run")
  @Transactional
  @RequiresPermission(CadenceAccess.MANAGE)
  @Operation(summary = "Run the daily warnings now, as on a day (today by default); idempotent")
  public List<CadenceWarnings.Sent> runWarnings(@QueryParam("on") LocalDate on) {
    LocalDate day = on == null ? data.today() : on;
    return warnings.run(day, Caller.name(security));
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  public record RuleForm(
      Integer weeklyMin, Integer dailyMin, Boolean workingDaysOnly, Long version) {}

  public record ColumnForm(Long platformId, String name) {}

  public record ReviewForm(LocalDate on) {}

  public record ColumnInfo(
      long id,
      long platformId,
      String name,
      LocalDate lastReviewedOn,
      LocalDate createdOn,
      long version) {
    static ColumnInfo of(CadenceColumn c) {
      return new ColumnInfo(
          c.getId(),
          c.getPlatformId(),
          c.getName(),
          c.getLastReviewedOn(),
          c.getCreatedOn(),
          c.getVersion());
    }
  }

  public record ShareInfo(String week, LocalDate monday, int met, int missed, Double share) {}

  public record RowInfo(
      String rule,
      String ruleLabel,
      Long platformId,
      String platform,
      Long occasionId,
      String subject,
      String status,
      String statusLabel,
      int count,
      int required,
      LocalDate dueOn,
      LocalDate nextDueOn,
      int shortBy,
      String next) {
    static RowInfo of(CadenceRules.Result r, Locale locale) {
      return new RowInfo(
          r.rule().name(),
          CadenceTexts.rule(locale, r),
          r.platformId(),
          r.platformName(),
          r.occasionId(),
          r.subject(),
          r.status().name(),
          CadenceTexts.status(locale, r.status()),
          r.count(),
          r.required(),
          r.dueOn(),
          r.nextDueOn(),
          r.shortBy(),
          CadenceTexts.due(locale, r));
    }
  }

  public record WeekInfo(
      String week,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      long met,
      long missed,
      long inProgress,
      List<RowInfo> rows) {
    static WeekInfo of(CadenceService.WeekCompliance w, Locale locale) {
      return new WeekInfo(
          w.isoWeek(),
          w.monday(),
          w.monday().plusDays(6),
          w.asOf(),
          w.count(Compliance.MET),
          w.count(Compliance.MISSED),
          w.count(Compliance.IN_PROGRESS),
          w.rows().stream().map(r -> RowInfo.of(r, locale)).toList());
    }
  }
}
