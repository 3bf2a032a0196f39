package com.opsuite.core.appraisal;

import com.opsuite.core.api.Caller;
import com.opsuite.core.api.IfMatch;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Single results: the caller's own, one they may see (with its evaluations and history), peers
 * chosen by a superior, a recomputation, and a reopening for a correction (reason required).
 */
@Path("v1/core/appraisal/results")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResultsResource {

  @Inject AppraisalCycles cycles;
  @Inject AppraisalComputation computation;
  @Inject AppraisalSignOff signOff;
  @Inject AppraisalViews views;
  @Inject AppraisalAccess access;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Path("mine")
  @Transactional
  @Operation(summary = "The caller's own results, newest first")
  public List<AppraisalViews.ResultInfo> mine() {
    return views.results(cycles.resultsOf(access.myStaffId()), locale());
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "A result with its evaluations and history; 404 unless the caller sees it")
  public AppraisalViews.ResultDetail detail(@PathParam("id") long id) {
    return views.detail(visible(id), locale());
  }

  @PUT
  @Path("{id}/peers")
  @Transactional
  @Operation(
      summary =
          "Choose the peers who evaluate the staff member (a superior of theirs); If-Match: the"
              + " result's peersVersion read (409 when stale)")
  public AppraisalViews.ResultDetail peers(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PeersBody body) {
    AppraisalResult result = visible(id);
    Long me = access.me().map(s -> s.getId()).orElse(null);
    cycles.choosePeers(
        result.getId(),
        body == null ? null : body.staffIds(),
        IfMatch.required(ifMatch),
        me,
        access.manages(),
        Caller.name(security));
    return views.detail(result, locale());
  }

  @POST
  @Path("{id}/compute")
  @Transactional
  @RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
  @Operation(summary = "Compute one result again; 409 when it is in sign-off or locked")
  public AppraisalViews.ResultDetail compute(@PathParam("id") long id) {
    return views.detail(
        computation.computeOne(visible(id).getId(), Caller.name(security)), locale());
  }

  @POST
  @Path("{id}/reopen")
  @Transactional
  @RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
  @Operation(summary = "Reopen a locked result for a correction; it must be signed off again")
  public AppraisalViews.ResultDetail reopen(@PathParam("id") long id, ReopenBody body) {
    AppraisalResult result =
        signOff.reopen(
            visible(id).getId(), body == null ? null : body.reason(), Caller.name(security));
    return views.detail(result, locale());
  }

  private AppraisalResult visible(long id) {
    return cycles
        .result(id)
        .filter(r -> access.sees(r.getStaffId()))
        .orElseThrow(AppraisalRefusedException::notFound);
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  public record PeersBody(List<Long> staffIds) {}

  public record ReopenBody(String reason) {}
}
