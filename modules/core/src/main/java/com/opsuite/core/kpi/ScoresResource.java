package com.opsuite.core.kpi;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Indicator scores: value, target and score (0 to the target's cap), or the reason there is none
 * ({@code reason.code} and a message in the caller's language); never an error for missing data.
 */
@Path("v1/core/kpi/scores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScoresResource {

  @Inject IndicatorScores scores;
  @Inject Indicators indicators;
  @Inject KpiScope scope;
  @Context HttpHeaders headers;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  @Operation(summary = "One indicator's score for a staff member, a unit or the whole tenant")
  public ScoreInfo score(
      @QueryParam("indicator") String code,
      @QueryParam("period") String period,
      @QueryParam("staffId") Long staffId,
      @QueryParam("unitId") Long unitId) {
    if (code == null || code.isBlank()) {
      throw InvalidInputException.of("indicator", "kpi.required");
    }
    Indicator indicator = indicators.find(code).orElseThrow(NotFoundException::new);
    Subject subject = Subjects.of(staffId, unitId);
    if (!scope.reaches(CorePermissions.KPI_READ, subject)) {
      throw new NotFoundException();
    }
    Score score = scores.score(code, Subjects.period("period", period), subject);
    return ScoreInfo.of(indicator, score, locale());
  }

  @GET
  @Path("sheet")
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  @Operation(summary = "Scores of the indicators for every active staff member the caller reaches")
  public SheetInfo sheet(
      @QueryParam("period") String period, @QueryParam("indicator") List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw InvalidInputException.of("indicator", "kpi.required");
    }
    Period in = Subjects.period("period", period);
    List<StaffMember> staff = scope.activeStaff(CorePermissions.KPI_READ);
    ScoreSheet sheet =
        scores.scores(codes, in, staff.stream().map(s -> Subject.staff(s.getId())).toList());
    Map<String, Indicator> byCode =
        indicators.all().stream()
            .collect(Collectors.toMap(Indicator::getCode, Function.identity()));
    Locale locale = locale();
    List<SheetRow> rows = new ArrayList<>();
    for (StaffMember member : staff) {
      List<Cell> cells = new ArrayList<>();
      for (String code : codes) {
        Score s = sheet.get(code, Subject.staff(member.getId()));
        cells.add(
            new Cell(
                code,
                s.value(),
                KpiJson.display(s.value(), byCode.get(code).getUnit()),
                s.score(),
                KpiJson.Reason.of(s.reason(), locale)));
      }
      rows.add(new SheetRow(member.getId(), member.getName(), cells));
    }
    return new SheetInfo(in.toString(), codes, rows);
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  public record ScoreInfo(
      String indicator,
      String name,
      String period,
      Long staffId,
      Long unitId,
      MeasureUnit unit,
      BigDecimal value,
      String display,
      KpiJson.RuleInfo target,
      BigDecimal score,
      KpiJson.Reason reason) {
    static ScoreInfo of(Indicator indicator, Score s, Locale locale) {
      return new ScoreInfo(
          indicator.getCode(),
          indicator.name().in(locale),
          s.period().toString(),
          KpiJson.staffId(s.subject()),
          KpiJson.unitId(s.subject()),
          indicator.getUnit(),
          s.value(),
          KpiJson.display(s.value(), indicator.getUnit()),
          KpiJson.RuleInfo.of(s.target()),
          s.score(),
          KpiJson.Reason.of(s.reason(), locale));
    }
  }

  public record Cell(
      String indicator,
      BigDecimal value,
      String display,
      BigDecimal score,
      KpiJson.Reason reason) {}

  public record SheetRow(long staffId, String name, List<Cell> scores) {}

  public record SheetInfo(String period, List<String> indicators, List<SheetRow> rows) {}
}
