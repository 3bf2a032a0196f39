package com.opsuite.online.data;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.Caller;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.text.SpreadsheetCells;
import com.opsuite.online.platform.Platform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Platform figures per ISO week: one week of one platform at a time (PUT, idempotent), a JSON
 * batch, or a CSV/.xlsx sheet; the stored weeks as a page of JSON or as CSV.
 */
@Path("v1/online-ops/platform-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformDataResource {

  static final int MAX_BATCH = PlatformDataFile.MAX_ROWS;
  static final int MAX_PAGE = 500;

  @Inject PlatformData data;
  @Inject Validator validator;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @PUT
  @Path("{platformId}/{week}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(DataPermissions.ENTER)
  @Operation(
      summary =
          "Store a platform's figures for an ISO week (2026-W45); the same figures again change"
              + " nothing. The stored version as If-Match or 'version' guards against lost updates")
  public Response put(
      @PathParam("platformId") long platformId,
      @PathParam("week") String week,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      FiguresInput body) {
    IsoWeek w = week(week);
    if (body == null) {
      throw DataInvalidInput.of("body", "data.bodyRequired");
    }
    BeanChecks.require(validator, body);
    Long expected = ifMatch != null ? version(ifMatch) : body.version();
    PlatformData.Saved saved =
        data.put(platformId, w, body.figures(), expected, Caller.name(security));
    return Response.status(saved.created() ? 201 : 200)
        .tag(new EntityTag(String.valueOf(saved.row().getVersion())))
        .entity(WeekRow.of(saved.row(), names()))
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(DataPermissions.ENTER)
  @Operation(
      summary =
          "Store a batch of platform weeks (platform by id or name); dryRun=true only checks."
              + " Each row is answered: ADDED, UPDATED, UNCHANGED or REFUSED with its problems")
  public OutcomeInfo batch(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, List<LineInput> body) {
    if (body == null || body.isEmpty()) {
      throw DataInvalidInput.of("body", "data.batch.empty");
    }
    if (body.size() > MAX_BATCH) {
      throw DataInvalidInput.of("body", "data.batch.tooLarge", MAX_BATCH);
    }
    List<DataLine> lines = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      LineInput l = body.get(i) == null ? LineInput.EMPTY : body.get(i);
      lines.add(
          new DataLine(
              i + 1,
              l.platform(),
              l.week(),
              text(l.followers()),
              text(l.newFollowers()),
              text(l.reads()),
              text(l.interactions()),
              text(l.visits()),
              text(l.conversions())));
    }
    return OutcomeInfo.of(data.record(lines, dryRun, Caller.name(security)), locale());
  }

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  @RequiresPermission(DataPermissions.ENTER)
  @Operation(
      summary =
          "Import a sheet (text/csv or .xlsx as the body, at most 2 MB): the same rows as the batch;"
              + " dryRun=true previews each row's problems without storing")
  public OutcomeInfo importFile(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      InputStream body)
      throws IOException {
    List<DataLine> lines =
        PlatformDataFile.read(PlatformDataFile.readAtMostLimit(body), null, type);
    return OutcomeInfo.of(data.record(lines, dryRun, Caller.name(security)), locale());
  }

  @GET
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(
      summary =
          "Stored weeks from..to (ISO weeks, default the last 12), optionally of one platform;"
              + " newest first, a page at a time")
  public WeekPage list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("platform") Long platform,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    IsoWeek[] range = range(from, to);
    if (platform != null && data.platform(platform).isEmpty()) {
      throw DataRefused.notFound("data.platform.notFound", platform);
    }
    int size = Math.max(1, Math.min(MAX_PAGE, max));
    Map<Long, String> names = names();
    return new WeekPage(
        data.count(range[0], range[1], platform),
        Math.max(0, first),
        size,
        data.list(range[0], range[1], platform, Math.max(0, first), size).stream()
            .map(w -> WeekRow.of(w, names))
            .toList());
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @RequiresPermission(DataPermissions.VIEW)
  @Operation(summary = "The stored weeks from..to as CSV, in the layout the import reads")
  public Response csv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("platform") Long platform) {
    IsoWeek[] range = range(from, to);
    if (platform != null && data.platform(platform).isEmpty()) {
      throw DataRefused.notFound("data.platform.notFound", platform);
    }
    Map<Long, String> names = names();
    StringBuilder csv =
        new StringBuilder(
            "platform,week,followers,newFollowers,reads,interactions,visits,conversions\r\n");
    for (PlatformWeek w : data.list(range[0], range[1], platform, 0, Integer.MAX_VALUE)) {
      WeekFigures f = w.figures();
      csv.append(quoted(names.get(w.getPlatformId())))
          .append(',')
          .append(w.getWeek())
          .append(',')
          .append(f.followers())
          .append(',')
          .append(f.newFollowers() == null ? "" : f.newFollowers())
          .append(',')
          .append(f.reads())
          .append(',')
          .append(f.interactions())
          .append(',')
          .append(f.visits())
          .append(',')
          .append(f.conversions())
          .append("\r\n");
    }
    return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"platform-data-" + range[0] + "-" + range[1] + ".csv\"")
        .build();
  }

  private IsoWeek[] range(String from, String to) {
    IsoWeek last = IsoWeek.of(data.today());
    IsoWeek end = to == null || to.isBlank() ? last : weekParam("to", to);
    IsoWeek start =
        from == null || from.isBlank()
            ? IsoWeek.of(end.monday().minusWeeks(11))
            : weekParam("from", from);
    if (end.compareTo(start) < 0) {
      throw DataInvalidInput.of("to", "data.range.endsBeforeStart");
    }
    return new IsoWeek[] {start, end};
  }

  static IsoWeek week(String text) {
    return weekParam("week", text);
  }

  static IsoWeek weekParam(String field, String text) {
    try {
      return IsoWeek.parse(text);
    } catch (IllegalArgumentException e) {
      throw DataInvalidInput.of(field, "data.week.invalid", text == null ? "" : text);
    }
  }

  private static Long version(String ifMatch) {
    String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw DataInvalidInput.of("If-Match", "data.ifMatch.invalid", ifMatch);
    }
  }

  private Map<Long, String> names() {
    Map<Long, String> names = new HashMap<>();
    for (Platform p : data.platforms()) {
      names.put(p.getId(), p.getName());
    }
    return names;
  }

  private static String text(Number n) {
    return n == null ? null : n.toString();
  }

  private static String quoted(String s) {
    String v = s == null ? "" : SpreadsheetCells.plain(s);
    return v.matches("[^,\"\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
  }

  private Locale locale() {
    return DataProblems.locale(headers);
  }

  /** A row of a batch: the platform by id or name, the week as 2026-W45. */
  public record LineInput(
      String platform,
      String week,
      java.math.BigDecimal followers,
      java.math.BigDecimal newFollowers,
      java.math.BigDecimal reads,
      java.math.BigDecimal interactions,
      java.math.BigDecimal visits,
      java.math.BigDecimal conversions) {
    static final LineInput EMPTY = new LineInput(null, null, null, null, null, null, null, null);
  }

  /** A stored week as the API answers it. */
  public record WeekRow(
      long platformId,
      String platformName,
      String week,
      java.time.LocalDate weekStart,
      long followers,
      Long newFollowers,
      long reads,
      long interactions,
      long visits,
      long conversions,
      String enteredBy,
      long version) {
    static WeekRow of(PlatformWeek w, Map<Long, String> names) {
      WeekFigures f = w.figures();
      return new WeekRow(
          w.getPlatformId(),
          names.get(w.getPlatformId()),
          w.getWeek().toString(),
          w.getWeekStart(),
          f.followers(),
          f.newFollowers(),
          f.reads(),
          f.interactions(),
          f.visits(),
          f.conversions(),
          w.getEnteredBy(),
          w.getVersion());
    }
  }

  public record WeekPage(long total, int first, int max, List<WeekRow> rows) {}

  public record OutcomeInfo(
      boolean dryRun,
      long valid,
      long added,
      long updated,
      long unchanged,
      long refused,
      List<LineInfo> rows) {
    static OutcomeInfo of(DataOutcome o, Locale locale) {
      return new OutcomeInfo(
          o.dryRun(),
          o.count(LineStatus.VALID),
          o.count(LineStatus.ADDED),
          o.count(LineStatus.UPDATED),
          o.count(LineStatus.UNCHANGED),
          o.count(LineStatus.REFUSED),
          o.lines().stream().map(l -> LineInfo.of(l, locale)).toList());
    }
  }

  public record LineInfo(
      int row,
      String platform,
      String week,
      LineStatus status,
      List<ApiProblem.FieldError> errors) {
    static LineInfo of(CheckedLine l, Locale locale) {
      return new LineInfo(
          l.line().row(),
          l.line().platform(),
          l.week() == null ? l.line().week() : l.week().toString(),
          l.status(),
          l.problems().stream()
              .map(
                  v ->
                      new ApiProblem.FieldError(
                          v.field(),
                          v.messageKey(),
                          DataTexts.text(locale, v.messageKey(), v.args())))
              .toList());
    }
  }
}
