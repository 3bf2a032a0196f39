package com.opsuite.core.kpi;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Values of a measure or a manual indicator, by period. Manual series take entries (replacing the
 * current value, each entry kept in the history); a provided measure shows what its module
 * computes; a formula indicator has its value on {@code /kpi/scores}.
 */
@Path("v1/core/kpi/values/{series}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ValuesResource {

  @Inject ValueEntries entries;
  @Inject MeasureCatalog catalog;
  @Inject KpiScope scope;
  @Context SecurityContext security;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  @Operation(summary = "The values of the period: entered ones, or what the module computes")
  public List<ValueInfo> list(@PathParam("series") String code, @QueryParam("period") String p) {
    Series series = entries.series(code).orElseThrow(NotFoundException::new);
    Period period = Subjects.period("period", p);
    List<ValueInfo> values = new ArrayList<>();
    Predicate<Subject> reached = scope.reach(CorePermissions.KPI_READ);
    if (series.isMeasure() && !series.manual()) {
      catalog
          .providerOf(code)
          .ifPresent(
              provider ->
                  provider.values(Set.of(code), period).stream()
                      .filter(v -> reached.test(v.subject()))
                      .forEach(v -> values.add(ValueInfo.computed(code, period, v))));
      return values;
    }
    for (KpiValue v : entries.values(code, period)) {
      if (reached.test(v.subject())) {
        values.add(ValueInfo.of(v));
      }
    }
    return values;
  }

  @PUT
  @Transactional
  @RequiresPermission(CorePermissions.KPI_ENTER)
  @Operation(summary = "Enter or correct the value of a manual series for a period and subject")
  public ValueInfo enter(@PathParam("series") String code, ValueBody body) {
    Series series = entries.series(code).orElseThrow(NotFoundException::new);
    ValueBody b = body == null ? new ValueBody(null, null, null, null, null, null) : body;
    Period period = Subjects.period("period", b.period());
    Subject subject = Subjects.of(b.staffId(), b.unitId());
    if (!scope.reaches(CorePermissions.KPI_ENTER, subject)) {
      throw new NotFoundException();
    }
    return ValueInfo.of(
        entries.enter(
            series, period, subject, b.value(), b.note(), b.version(), Caller.name(security)));
  }

  @GET
  @Path("history")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  @Operation(summary = "Every entry and correction of one value, with who made it and when")
  public List<ChangeInfo> history(
      @PathParam("series") String code,
      @QueryParam("period") String p,
      @QueryParam("staffId") Long staffId,
      @QueryParam("unitId") Long unitId) {
    entries.series(code).orElseThrow(NotFoundException::new);
    Subject subject = Subjects.of(staffId, unitId);
    if (!scope.reaches(CorePermissions.KPI_READ, subject)) {
      throw new NotFoundException();
    }
    return entries.history(code, Subjects.period("period", p), subject).stream()
        .map(ChangeInfo::of)
        .toList();
  }

  public record ValueBody(
      String period, Long staffId, Long unitId, BigDecimal value, String note, Long version) {}

  public record ValueInfo(
      String series,
      String period,
      Long staffId,
      Long unitId,
      BigDecimal value,
      String note,
      Instant enteredAt,
      String enteredBy,
      Long version,
      boolean computed) {
    static ValueInfo of(KpiValue v) {
      return new ValueInfo(
          v.getSeries(),
          v.period().toString(),
          KpiJson.staffId(v.subject()),
          KpiJson.unitId(v.subject()),
          KpiJson.plain(v.getValue()),
          v.getNote(),
          v.getEnteredAt(),
          v.getEnteredBy(),
          v.getVersion(),
          false);
    }

    static ValueInfo computed(String code, Period period, MeasureProvider.PublishedValue v) {
      return new ValueInfo(
          code,
          period.toString(),
          KpiJson.staffId(v.subject()),
          KpiJson.unitId(v.subject()),
          KpiJson.plain(v.value()),
          null,
          null,
          null,
          null,
          true);
    }
  }

  public record ChangeInfo(
      BigDecimal previous, BigDecimal value, String note, Instant changedAt, String changedBy) {
    static ChangeInfo of(KpiValueChange c) {
      return new ChangeInfo(
          KpiJson.plain(c.getPrevious()),
          KpiJson.plain(c.getValue()),
          c.getNote(),
          c.getChangedAt(),
          c.getChangedBy());
    }
  }
}
