package com.opsuite.online.budget;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.online.design.DesignCaller;
import com.opsuite.online.design.DesignRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The annual operations budget per category with its monthly amounts, and the tracking of spend
 * (approved claims and settled design costs) against it, as JSON or an Excel download.
 */
@Path("v1/online-ops/budgets")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BudgetsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Budgets budgets;
  @Inject CallerPermissions permissions;
  @Context HttpHeaders headers;

  @GET
  @Path("{year}")
  @Transactional
  @Operation(
      summary =
          "The year's budget and spend per category and month (budget, claims, design, spent,"
              + " remaining, over), with totals")
  public Budgets.Tracking tracking(@PathParam("year") int year) {
    readable();
    return budgets.tracking(year);
  }

  @GET
  @Path("{year}/tracking.xlsx")
  @Produces(XLSX)
  @Transactional
  @Operation(summary = "The year's tracking as an Excel sheet")
  public Response excel(@PathParam("year") int year) {
    readable();
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    return Response.ok(BudgetExport.xlsx(budgets.tracking(year), locale), XLSX)
        .header("Content-Disposition", "attachment; filename=\"budget-" + year + ".xlsx\"")
        .build();
  }

  @GET
  @Path("{year}/tracking.csv")
  @Produces("text/csv")
  @Transactional
  @Operation(summary = "The year's tracking as CSV (UTF-8)")
  public Response csv(@PathParam("year") int year) {
    readable();
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    return Response.ok(BudgetExport.csv(budgets.tracking(year), locale), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"budget-" + year + ".csv\"")
        .build();
  }

  @PUT
  @Path("{year}/{category}")
  @Transactional
  @Operation(
      summary =
          "Set a category's twelve monthly amounts (months, January first) with the version read"
              + " (0 for a year never saved); 409 when someone changed it meanwhile")
  public Budgets.CategoryYear set(
      @PathParam("year") int year, @PathParam("category") String category, BudgetBody body) {
    permissions.require(Budgets.MANAGE);
    BudgetCategory c = category(category);
    budgets.set(
        year,
        c,
        body == null ? null : body.months(),
        body == null ? null : body.version(),
        DesignCaller.name(permissions));
    return budgets.tracking(year).categories().stream()
        .filter(y -> y.category() == c)
        .findFirst()
        .orElseThrow();
  }

  private void readable() {
    DesignCaller.requireAny(permissions, Budgets.MANAGE, ExpenseClaims.CLAIM);
  }

  static BudgetCategory category(String value) {
    try {
      return BudgetCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw DesignRefusedException.invalid("category", "budget.category.unknown", value);
    }
  }

  public record BudgetBody(List<BigDecimal> months, Long version) {}
}
