package com.opsuite.core.appraisal;

import com.opsuite.core.i18n.SupportedLocales;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The evaluations assigned to the caller (self, superior, peer) and their submission: once, every
 * criterion rated on the scale; 403 for someone else's, 409 when submitted already or locked.
 */
@Path("v1/core/appraisal/evaluations")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalEvaluationsResource {

  @Inject AppraisalEvaluations evaluations;
  @Inject AppraisalViews views;
  @Inject AppraisalAccess access;
  @Context HttpHeaders headers;

  @GET
  @Path("mine")
  @Transactional
  @Operation(summary = "The evaluations assigned to the caller, those still to fill first")
  public List<AppraisalViews.EvaluationInfo> mine() {
    List<AppraisalViews.EvaluationInfo> all =
        views.evaluations(evaluations.assignedTo(access.myStaffId()), locale());
    return all.stream().sorted((a, b) -> Boolean.compare(b.open(), a.open())).toList();
  }

  @POST
  @Path("{id}")
  @Transactional
  @Operation(summary = "Submit an evaluation: ratings per criterion code and a comment")
  public AppraisalViews.EvaluationInfo submit(@PathParam("id") long id, SubmitBody body) {
    SubmitBody b = body == null ? new SubmitBody(null, null) : body;
    AppraisalEvaluation submitted =
        evaluations.submit(id, b.ratings(), b.comment(), access.myStaffId());
    return views.evaluations(List.of(submitted), locale()).get(0);
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  public record SubmitBody(Map<String, Integer> ratings, String comment) {}
}
