package com.opsuite.online.campaign;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.online.OnlineTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Campaigns: the plan and its review, preparation tasks, live figures and the evaluation. Changes
 * carry the version read (in the body or as {@code If-Match}); a stale one answers 409.
 */
@Path("v1/online-ops/campaigns")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

  static final int MAX_PAGE = 100;

  @Inject Campaigns campaigns;
  @Inject CampaignAccess access;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Transactional
  @Operation(summary = "Campaigns, newest first; filter by status and theme, page by page")
  public ListPage list(
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    access.requireRead();
    int rows = Math.min(Math.max(size, 1), MAX_PAGE);
    Campaigns.Page found = campaigns.list(status(status), text, Math.max(page, 0) * rows, rows);
    Map<Long, String> names =
        campaigns.names(found.rows().stream().map(Campaign::getOwnerId).toList());
    return new ListPage(
        found.total(),
        Math.max(page, 0),
        rows,
        found.rows().stream().map(c -> CampaignInfo.of(c, names, locale())).toList());
  }

  @GET
  @Path("export")
  @Produces({CampaignExport.CSV, CampaignExport.XLSX})
  @Transactional
  @Operation(summary = "The list (same filters) as CSV or Excel: format=csv|xlsx")
  public Response export(
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("format") @DefaultValue("xlsx") String format) {
    access.requireRead();
    List<Campaign> rows = campaigns.list(status(status), text, 0, 5000).rows();
    Map<Long, String> names = campaigns.names(rows.stream().map(Campaign::getOwnerId).toList());
    boolean csv = "csv".equalsIgnoreCase(format);
    if (!csv && !"xlsx".equalsIgnoreCase(format)) {
      throw CampaignRefused.invalid("format", "campaign.invalid.format");
    }
    byte[] body =
        csv
            ? CampaignExport.csv(rows, names, locale())
            : CampaignExport.xlsx(rows, names, locale());
    return Response.ok(body, csv ? CampaignExport.CSV : CampaignExport.XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"campaigns." + (csv ? "csv" : "xlsx") + "\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "A campaign with its tasks, figures and the versions of its plan")
  public Response get(@PathParam("id") long id) {
    access.requireRead();
    return withTag(Response.ok(), detail(campaigns.find(id)));
  }

  @POST
  @Transactional
  @RequiresPermission(CampaignAccess.PLAN)
  @Operation(summary = "Plan a campaign (a draft)")
  public Response create(PlanBody body) {
    Campaign created = campaigns.create(plan(body), access.me(), by());
    return withTag(Response.created(URI.create("campaigns/" + created.getId())), detail(created));
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(CampaignAccess.PLAN)
  @Operation(summary = "Change the plan of a draft or of a plan returned for revision")
  public Response revise(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PlanBody body) {
    Long version = version(ifMatch, body == null ? null : body.version());
    return withTag(Response.ok(), detail(campaigns.revise(id, plan(body), version, by())));
  }

  @POST
  @Path("{id}/submission")
  @Transactional
  @RequiresPermission(CampaignAccess.PLAN)
  @Operation(summary = "Send the plan for review through the online.campaign approval chain")
  public Response submit(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Versioned body) {
    Long version = version(ifMatch, body == null ? null : body.version());
    return withTag(Response.ok(), detail(campaigns.submit(id, version, access.me(), by())));
  }

  @POST
  @Path("{id}/start")
  @Transactional
  @RequiresPermission(CampaignAccess.PLAN)
  @Operation(summary = "Start an approved, prepared campaign (PREPARING to RUNNING)")
  public Response start(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Versioned body) {
    Long version = version(ifMatch, body == null ? null : body.version());
    return withTag(Response.ok(), detail(campaigns.start(id, version, by())));
  }

  @POST
  @Path("{id}/finish")
  @Transactional
  @RequiresPermission(CampaignAccess.PLAN)
  @Operation(summary = "End a running campaign (RUNNING to FINISHED)")
  public Response finish(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Versioned body) {
    Long version = version(ifMatch, body == null ? null : body.version());
    return withTag(Response.ok(), detail(campaigns.finish(id, version, by())));
  }

  @PUT
  @Path("{id}/evaluation")
  @Transactional
  @RequiresPermission(CampaignAccess.PLAN)
  @Operation(
      summary =
          "The evaluation report of a finished campaign: actual cost and revenue, the figure"
              + " reached for the goal (default: the latest reading of its metric), lessons")
  public Response evaluate(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, EvaluationBody body) {
    EvaluationBody b = body == null ? new EvaluationBody(null, null, null, null, null) : body;
    Long version = version(ifMatch, b.version());
    return withTag(
        Response.ok(),
        detail(
            campaigns.evaluate(
                id,
                new Campaigns.Evaluation(
                    b.actualCost(), b.actualRevenue(), b.goalActual(), b.lessons()),
                version,
                by())));
  }

  @POST
  @Path("{id}/tasks")
  @Transactional
  @RequiresPermission(CampaignAccess.PLAN)
  @Operation(summary = "Add a preparation task with its owner and due date")
  public Response addTask(@PathParam("id") long id, TaskBody body) {
    TaskBody b = body == null ? new TaskBody(null, null, null) : body;
    CampaignTask task = campaigns.addTask(id, b.title(), b.ownerId(), b.dueOn(), by());
    return Response.created(URI.create("campaigns/" + id + "/tasks/" + task.getId()))
        .entity(taskInfos(List.of(task)).get(0))
        .build();
  }

  @PUT
  @Path("{id}/tasks/{taskId}")
  @Transactional
  @Operation(summary = "Mark a task done or not done (planners and the task's owner)")
  public TaskInfo markTask(
      @PathParam("id") long id,
      @PathParam("taskId") long taskId,
      @HeaderParam("If-Match") String ifMatch,
      TaskDone body) {
    access.requireRead();
    access.requireTask(campaigns.task(id, taskId));
    if (body == null || body.done() == null) {
      throw CampaignRefused.invalid("done", "campaign.invalid.done");
    }
    Long version = version(ifMatch, body.version());
    return taskInfos(List.of(campaigns.markTask(id, taskId, body.done(), version, by()))).get(0);
  }

  @GET
  @Path("{id}/figures")
  @Transactional
  @Operation(summary = "The live figures of a campaign, oldest first")
  public List<FigureInfo> figures(@PathParam("id") long id) {
    access.requireRead();
    campaigns.find(id);
    return campaigns.figures(id).stream().map(FigureInfo::of).toList();
  }

  @POST
  @Path("{id}/figures")
  @Transactional
  @Operation(
      summary =
          "Post a reading of live figures, e.g. {\"key\":\"pos-1\",\"at\":\"...\",\"values\":"
              + "{\"participants\":120,\"interactions\":480}}; idempotent by key (or by at)."
              + " 201 when stored, 200 when the same reading was stored before")
  public Response postFigures(@PathParam("id") long id, FiguresBody body) {
    access.requireFigures();
    FiguresBody b = body == null ? new FiguresBody(null, null, null) : body;
    Campaigns.Posted posted =
        campaigns.postFigures(id, b.key(), b.at(), b.values(), access.me(), by());
    List<FigureInfo> infos = posted.figures().stream().map(FigureInfo::of).toList();
    return (posted.replayed() ? Response.ok() : Response.status(Response.Status.CREATED))
        .entity(infos)
        .build();
  }

  // --- answers ---

  private Response withTag(Response.ResponseBuilder builder, Detail detail) {
    return builder
        .tag(new EntityTag(Long.toString(detail.campaign().version())))
        .entity(detail)
        .build();
  }

  private Detail detail(Campaign c) {
    List<CampaignTask> tasks = campaigns.tasks(c.getId());
    Map<Long, String> names =
        campaigns.names(
            Stream.concat(Stream.of(c.getOwnerId()), tasks.stream().map(CampaignTask::getOwnerId))
                .toList());
    Locale locale = locale();
    List<TaskInfo> taskInfos = taskInfos(tasks);
    return new Detail(
        CampaignInfo.of(c, names, locale),
        taskInfos,
        taskInfos.stream().filter(TaskInfo::overdue).count(),
        campaigns.figures(c.getId()).stream().map(FigureInfo::of).toList(),
        campaigns.plans(c.getId()).stream().map(PlanInfo::of).toList());
  }

  private List<TaskInfo> taskInfos(List<CampaignTask> tasks) {
    LocalDate today = campaigns.today();
    Map<Long, String> names =
        campaigns.names(tasks.stream().map(CampaignTask::getOwnerId).toList());
    List<TaskInfo> infos = new ArrayList<>();
    for (CampaignTask t : tasks) {
      infos.add(
          new TaskInfo(
              t.getId(),
              t.getTitle(),
              t.getOwnerId(),
              names.get(t.getOwnerId()),
              t.getDueOn(),
              t.isDone(),
              t.getDoneAt(),
              t.overdueOn(today),
              t.getVersion()));
    }
    return infos;
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  private String by() {
    return Caller.name(security);
  }

  /** The version the client read: {@code If-Match} ("3", W/"3" or 3) or the body's. */
  static Long version(String ifMatch, Long bodyVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return bodyVersion;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw CampaignRefused.invalid("If-Match", "campaign.invalid.ifMatch");
    }
  }

  private static CampaignStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CampaignStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CampaignRefused.invalid("status", "campaign.invalid.status");
    }
  }

  private static CampaignPlanInput plan(PlanBody b) {
    if (b == null) {
      throw CampaignRefused.invalid("theme", "campaign.invalid.theme");
    }
    CampaignMode mode = null;
    if (b.mode() != null) {
      try {
        mode = CampaignMode.valueOf(b.mode().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw CampaignRefused.invalid("mode", "campaign.invalid.mode");
      }
    }
    return new CampaignPlanInput(
        b.theme(),
        b.goal(),
        b.goalMetric(),
        b.goalTarget(),
        b.startsOn(),
        b.endsOn(),
        mode,
        b.rules(),
        b.prizes(),
        b.resources(),
        b.costEstimate(),
        b.expectedRevenue(),
        b.ownerId());
  }

  // --- bodies ---

  public record PlanBody(
      String theme,
      String goal,
      String goalMetric,
      BigDecimal goalTarget,
      LocalDate startsOn,
      LocalDate endsOn,
      String mode,
      String rules,
      String prizes,
      String resources,
      BigDecimal costEstimate,
      BigDecimal expectedRevenue,
      Long ownerId,
      Long version) {}

  public record Versioned(Long version) {}

  public record EvaluationBody(
      BigDecimal actualCost,
      BigDecimal actualRevenue,
      BigDecimal goalActual,
      String lessons,
      Long version) {}

  public record TaskBody(String title, Long ownerId, LocalDate dueOn) {}

  public record TaskDone(Boolean done, Long version) {}

  public record FiguresBody(String key, Instant at, Map<String, BigDecimal> values) {}

  public record ListPage(long total, int page, int size, List<CampaignInfo> items) {}

  public record CampaignInfo(
      long id,
      String theme,
      String goal,
      String goalMetric,
      BigDecimal goalTarget,
      LocalDate startsOn,
      LocalDate endsOn,
      CampaignMode mode,
      String rules,
      String prizes,
      String resources,
      BigDecimal costEstimate,
      BigDecimal expectedRevenue,
      BigDecimal expectedRoi,
      long ownerId,
      String ownerName,
      CampaignStatus status,
      int planVersion,
      Long approvalId,
      BigDecimal actualCost,
      BigDecimal actualRevenue,
      BigDecimal roi,
      String roiNote,
      BigDecimal goalActual,
      Boolean goalMet,
      String lessons,
      Instant startedAt,
      Instant finishedAt,
      Instant evaluatedAt,
      long version) {
    static CampaignInfo of(Campaign c, Map<Long, String> names, Locale locale) {
      String roiNote =
          c.getActualCost() != null && c.getActualCost().signum() == 0
              ? OnlineTexts.text(locale, "campaign.roi.noCost")
              : null;
      return new CampaignInfo(
          c.getId(),
          c.getTheme(),
          c.getGoal(),
          c.getGoalMetric(),
          c.getGoalTarget(),
          c.getStartsOn(),
          c.getEndsOn(),
          c.getMode(),
          c.getRules(),
          c.getPrizes(),
          c.getResources(),
          c.getCostEstimate(),
          c.getExpectedRevenue(),
          c.getExpectedRoi(),
          c.getOwnerId(),
          names.get(c.getOwnerId()),
          c.getStatus(),
          c.getPlanVersion(),
          c.getApprovalId(),
          c.getActualCost(),
          c.getActualRevenue(),
          c.getRoi(),
          roiNote,
          c.getGoalActual(),
          c.getGoalMet(),
          c.getLessons(),
          c.getStartedAt(),
          c.getFinishedAt(),
          c.getEvaluatedAt(),
          c.getVersion());
    }
  }

  public record TaskInfo(
      long id,
      String title,
      long ownerId,
      String ownerName,
      LocalDate dueOn,
      boolean done,
      Instant doneAt,
      boolean overdue,
      long version) {}

  public record FigureInfo(String key, String metric, Instant at, BigDecimal value) {
    static FigureInfo of(CampaignFigure f) {
      return new FigureInfo(f.getClientKey(), f.getMetric(), f.getMeasuredAt(), f.getValue());
    }
  }

  public record PlanInfo(int planVersion, Long approvalId, long authorId, Instant at, String plan) {
    static PlanInfo of(CampaignPlan p) {
      return new PlanInfo(
          p.getPlanVersion(), p.getApprovalId(), p.getAuthorId(), p.getCreatedAt(), p.getPlan());
    }
  }

  public record Detail(
      CampaignInfo campaign,
      List<TaskInfo> tasks,
      long overdueTasks,
      List<FigureInfo> figures,
      List<PlanInfo> plans) {}
}
