package com.opsuite.core.kpi;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Targets of indicators per period and subject ({@code staffId}, {@code unitId}, or neither: the
 * tenant-wide default), each with its scoring rule: {@code LINEAR} from {@code floor} (0) to {@code
 * target} (100) capped at {@code cap}, or {@code BANDED} thresholds and their scores.
 */
@Path("v1/core/kpi/targets")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TargetsResource {

  @Inject Targets targets;
  @Inject Indicators indicators;
  @Context SecurityContext security;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  @Operation(summary = "The targets of an indicator, optionally of one period")
  public List<TargetInfo> list(
      @QueryParam("indicator") String code, @QueryParam("period") String period) {
    if (code == null || code.isBlank()) {
      throw InvalidInputException.of("indicator", "kpi.required");
    }
    Indicator indicator = indicators.find(code).orElseThrow(NotFoundException::new);
    Period in = period == null || period.isBlank() ? null : Subjects.period("period", period);
    return targets.of(indicator, in).stream().map(t -> TargetInfo.of(indicator, t)).toList();
  }

  @POST
  @Transactional
  @RequiresPermission(CorePermissions.KPI_MANAGE)
  @Operation(summary = "Set a target of an indicator for a period and subject")
  public Response create(TargetBody body) {
    TargetBody b = body == null ? TargetBody.EMPTY : body;
    if (b.indicator() == null || b.indicator().isBlank()) {
      throw InvalidInputException.of("indicator", "kpi.required");
    }
    Indicator indicator =
        indicators
            .find(b.indicator())
            .orElseThrow(
                () ->
                    InvalidInputException.of("indicator", "kpi.indicator.notFound", b.indicator()));
    Target created =
        targets.create(
            indicator,
            Subjects.period("period", b.period()),
            Subjects.of(b.staffId(), b.unitId()),
            b.scoring(),
            Caller.name(security));
    return Response.created(URI.create("targets/" + created.getId()))
        .entity(TargetInfo.of(indicator, created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_MANAGE)
  @Operation(summary = "Change a target's scoring rule; refused when the version is stale")
  public TargetInfo change(@PathParam("id") long id, TargetBody body) {
    Target target = targets.find(id).orElseThrow(NotFoundException::new);
    Indicator indicator = indicatorOf(target);
    TargetBody b = body == null ? TargetBody.EMPTY : body;
    return TargetInfo.of(
        indicator,
        targets.change(indicator, target, b.scoring(), b.version(), Caller.name(security)));
  }

  @DELETE
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_MANAGE)
  public Response delete(@PathParam("id") long id) {
    Target target = targets.find(id).orElseThrow(NotFoundException::new);
    targets.delete(indicatorOf(target), target, Caller.name(security));
    return Response.noContent().build();
  }

  private Indicator indicatorOf(Target target) {
    return indicators.all().stream()
        .filter(i -> i.getId() == target.getIndicatorId())
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  public record TargetBody(
      String indicator,
      String period,
      Long staffId,
      Long unitId,
      ScoringKind rule,
      BigDecimal floor,
      BigDecimal target,
      BigDecimal cap,
      List<ScoringDraft.BandDraft> bands,
      Long version) {

    static final TargetBody EMPTY =
        new TargetBody(null, null, null, null, null, null, null, null, null, null);

    ScoringDraft scoring() {
      return new ScoringDraft(rule, floor, target, cap, bands);
    }
  }

  public record TargetInfo(
      long id,
      String indicator,
      String period,
      Long staffId,
      Long unitId,
      KpiJson.RuleInfo scoring,
      Instant updatedAt,
      String updatedBy,
      long version) {
    static TargetInfo of(Indicator indicator, Target t) {
      return new TargetInfo(
          t.getId(),
          indicator.getCode(),
          t.period().toString(),
          KpiJson.staffId(t.subject()),
          KpiJson.unitId(t.subject()),
          KpiJson.RuleInfo.of(t.scoring()),
          t.getUpdatedAt(),
          t.getUpdatedBy(),
          t.getVersion());
    }
  }
}
