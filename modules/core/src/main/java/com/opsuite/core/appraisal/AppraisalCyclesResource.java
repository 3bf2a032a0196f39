package com.opsuite.core.appraisal;

import com.opsuite.core.api.Caller;
import com.opsuite.core.approval.Approval;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Appraisal cycles: opened, computed and sent for sign-off by those managing appraisals. Their
 * results are listed for anyone, filtered to what the caller may see (their own, their team's).
 */
@Path("v1/core/appraisal/cycles")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalCyclesResource {

  @Inject AppraisalCycles cycles;
  @Inject AppraisalComputation computation;
  @Inject AppraisalSignOff signOff;
  @Inject AppraisalViews views;
  @Inject AppraisalAccess access;
  @Inject AppraisalReminders reminders;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
  public List<AppraisalViews.CycleInfo> list() {
    return cycles.all().stream().map(c -> views.cycle(c, locale())).toList();
  }

  @POST
  @Transactional
  @RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
  @Operation(summary = "Open a cycle: self and superior evaluations are assigned at once")
  public Response open(CycleDraft body) {
    CycleDraft b = body == null ? new CycleDraft(null, null, null, null, null) : body;
    AppraisalCycle cycle = cycles.open(b, Caller.name(security));
    return Response.created(URI.create("cycles/" + cycle.getId()))
        .entity(views.cycle(cycle, locale()))
        .build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
  @Operation(summary = "A cycle's progress: results by status and the evaluations still waiting")
  public AppraisalViews.Progress progress(@PathParam("id") long id) {
    return views.progress(cycle(id), locale());
  }

  @POST
  @Path("{id}/compute")
  @Transactional
  @RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
  @Operation(summary = "Compute every result not in sign-off or locked")
  public List<AppraisalViews.ResultInfo> compute(@PathParam("id") long id) {
    computation.compute(cycle(id).getId(), Caller.name(security));
    return views.results(cycles.results(id), locale());
  }

  @POST
  @Path("{id}/sign-off")
  @Transactional
  @RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
  @Operation(summary = "Send the computed results for sign-off (approval core.appraisal-result)")
  public SignOffInfo signOff(@PathParam("id") long id) {
    Approval approval = signOff.submit(cycle(id).getId(), access.userId(), Caller.name(security));
    return new SignOffInfo(approval.getId(), approval.getDocumentRef());
  }

  @POST
  @Path("{id}/reminders")
  @Transactional
  @RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
  @Operation(
      summary = "Mail everyone with evaluations still to submit; answers how many were mailed")
  public ReminderInfo remind(@PathParam("id") long id) {
    return new ReminderInfo(reminders.remind(cycle(id).getId(), Caller.name(security)));
  }

  @GET
  @Path("{id}/results")
  @Transactional
  @Operation(summary = "The cycle's results the caller may see: all, their team's, or their own")
  public List<AppraisalViews.ResultInfo> results(@PathParam("id") long id) {
    cycles.find(id).orElseThrow(AppraisalRefusedException::notFound);
    List<AppraisalResult> seen =
        cycles.results(id).stream().filter(r -> access.sees(r.getStaffId())).toList();
    if (seen.isEmpty() && !access.manages()) {
      throw AppraisalRefusedException.notFound();
    }
    return views.results(seen, locale());
  }

  private AppraisalCycle cycle(long id) {
    return cycles.find(id).orElseThrow(AppraisalRefusedException::notFound);
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  public record SignOffInfo(long approvalId, String documentRef) {}

  public record ReminderInfo(int mailed) {}
}
