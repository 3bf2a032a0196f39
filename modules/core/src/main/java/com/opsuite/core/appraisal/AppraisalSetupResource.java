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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Appraisal templates (indicator weights, criteria, results share, scale, evaluator weights) and
 * the tenant's grade bands. Weights that do not add up to exactly 100 are refused, nothing saved.
 */
@Path("v1/core/appraisal")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
public class AppraisalSetupResource {

  @Inject AppraisalTemplates templates;
  @Inject GradeBands bands;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Path("grade-bands")
  @Transactional
  @Operation(
      summary =
          "The tenant's grade bands, highest first (the defaults until saved); the ETag is their"
              + " version")
  public Response bands() {
    return withVersion(bands.current().bands(), bands.version());
  }

  @PUT
  @Path("grade-bands")
  @Transactional
  @Operation(
      summary =
          "Replace the grade bands: descending minimums, the last at 0, no gaps; If-Match: the"
              + " ETag read (409 when stale)")
  public Response saveBands(@HeaderParam("If-Match") String ifMatch, List<GradeBand> body) {
    long version = bands.save(body, IfMatch.required(ifMatch), Caller.name(security));
    return withVersion(bands.current().bands(), version);
  }

  private static Response withVersion(List<GradeBand> bands, long version) {
    return Response.ok(bands).tag(new EntityTag(String.valueOf(version))).build();
  }

  @GET
  @Path("templates")
  @Transactional
  public List<TemplateInfo> templates() {
    return templates.all().stream().map(t -> TemplateInfo.of(t, locale())).toList();
  }

  @GET
  @Path("templates/{code}")
  @Transactional
  public TemplateInfo template(@PathParam("code") String code) {
    return TemplateInfo.of(templates.find(code).orElseThrow(NotFoundException::new), locale());
  }

  @POST
  @Path("templates")
  @Transactional
  @Operation(summary = "Create a template; weights must add up to exactly 100")
  public Response create(TemplateDraft body) {
    AppraisalTemplate created = templates.create(orEmpty(body), Caller.name(security));
    return Response.created(URI.create("templates/" + created.getCode()))
        .entity(TemplateInfo.of(created, locale()))
        .build();
  }

  @PUT
  @Path("templates/{code}")
  @Transactional
  @Operation(summary = "Change a template; refused when the version is stale")
  public TemplateInfo change(@PathParam("code") String code, TemplateDraft body) {
    AppraisalTemplate template = templates.find(code).orElseThrow(NotFoundException::new);
    TemplateDraft b = orEmpty(body);
    TemplateDraft same =
        new TemplateDraft(
            code,
            b.nameZh(),
            b.nameEn(),
            b.indicators(),
            b.criteria(),
            b.resultsShare(),
            b.scaleMin(),
            b.scaleMax(),
            b.selfWeight(),
            b.superiorWeight(),
            b.peerWeight(),
            b.version());
    return TemplateInfo.of(templates.change(template, same, Caller.name(security)), locale());
  }

  private static TemplateDraft orEmpty(TemplateDraft body) {
    return body != null
        ? body
        : new TemplateDraft(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  public record TemplateInfo(
      String code,
      String name,
      String nameZh,
      String nameEn,
      List<WeightedIndicator> indicators,
      List<Criterion> criteria,
      BigDecimal resultsShare,
      int scaleMin,
      int scaleMax,
      BigDecimal selfWeight,
      BigDecimal superiorWeight,
      BigDecimal peerWeight,
      Instant updatedAt,
      String updatedBy,
      long version) {
    static TemplateInfo of(AppraisalTemplate t, Locale locale) {
      TemplateSpec s = t.spec();
      return new TemplateInfo(
          t.getCode(),
          t.name().in(locale),
          t.name().chinese(),
          t.name().english(),
          s.indicators(),
          s.criteria(),
          s.resultsShare(),
          s.scale().min(),
          s.scale().max(),
          s.evaluators().self(),
          s.evaluators().superior(),
          s.evaluators().peer(),
          t.getUpdatedAt(),
          t.getUpdatedBy(),
          t.getVersion());
    }
  }
}
