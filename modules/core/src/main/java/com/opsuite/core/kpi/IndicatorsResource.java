package com.opsuite.core.kpi;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenant's indicators. A formula is checked when saved: it must parse, name measures the tenant
 * has ({@code m['code']}) and existing indicators ({@code i['code']}), and close no loop; a refusal
 * is 400 naming what is wrong and at which column, and nothing is saved.
 */
@Path("v1/core/kpi/indicators")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

  @Inject Indicators indicators;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  @Operation(summary = "Every indicator, by code")
  public List<IndicatorInfo> list() {
    Locale locale = locale();
    return indicators.all().stream().map(i -> IndicatorInfo.of(i, locale)).toList();
  }

  @GET
  @Path("{code}")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  public IndicatorInfo get(@PathParam("code") String code) {
    return IndicatorInfo.of(indicators.find(code).orElseThrow(NotFoundException::new), locale());
  }

  @POST
  @Transactional
  @RequiresPermission(CorePermissions.KPI_MANAGE)
  @Operation(summary = "Add an indicator, manual or computed by a formula")
  public Response create(IndicatorBody body) {
    Indicator created = indicators.create(draft(body, null), Caller.name(security));
    return Response.created(URI.create("indicators/" + created.getCode()))
        .entity(IndicatorInfo.of(created, locale()))
        .build();
  }

  @PUT
  @Path("{code}")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_MANAGE)
  @Operation(summary = "Change an indicator (not its code); refused when the version is stale")
  public IndicatorInfo change(@PathParam("code") String code, IndicatorBody body) {
    indicators.find(code).orElseThrow(NotFoundException::new);
    Long version = body == null ? null : body.version();
    return IndicatorInfo.of(
        indicators.change(code, draft(body, code), version, Caller.name(security)), locale());
  }

  @DELETE
  @Path("{code}")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_MANAGE)
  @Operation(summary = "Delete an indicator no formula uses and nobody entered values for")
  public Response delete(@PathParam("code") String code) {
    indicators.find(code).orElseThrow(NotFoundException::new);
    indicators.delete(code, Caller.name(security));
    return Response.noContent().build();
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  private static IndicatorDraft draft(IndicatorBody b, String code) {
    IndicatorBody body =
        b == null ? new IndicatorBody(null, null, null, null, null, null, null, null, null) : b;
    return new IndicatorDraft(
        code == null ? body.code() : code,
        body.nameZh(),
        body.nameEn(),
        body.unit(),
        body.direction(),
        body.periodKind(),
        body.source(),
        body.formula());
  }

  public record IndicatorBody(
      String code,
      String nameZh,
      String nameEn,
      MeasureUnit unit,
      Direction direction,
      PeriodKind periodKind,
      IndicatorSource source,
      String formula,
      Long version) {}

  public record IndicatorInfo(
      String code,
      String name,
      String nameZh,
      String nameEn,
      MeasureUnit unit,
      Direction direction,
      PeriodKind periodKind,
      IndicatorSource source,
      String formula,
      Instant updatedAt,
      String updatedBy,
      long version) {
    static IndicatorInfo of(Indicator i, Locale locale) {
      return new IndicatorInfo(
          i.getCode(),
          i.name().in(locale),
          i.getNameZh(),
          i.getNameEn(),
          i.getUnit(),
          i.getDirection(),
          i.getPeriodKind(),
          i.getSource(),
          i.getFormula(),
          i.getUpdatedAt(),
          i.getUpdatedBy(),
          i.getVersion());
    }
  }
}
