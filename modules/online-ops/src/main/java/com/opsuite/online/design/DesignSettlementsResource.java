package com.opsuite.online.design;

import com.opsuite.core.security.CallerPermissions;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Monthly design cost settlements: prepared, signed by the head and the GM, handed to finance. */
@Path("v1/online-ops/design-settlements")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(DesignRequests.MANAGE)
public class DesignSettlementsResource {

  @Inject DesignSettlements settlements;
  @Inject CallerPermissions permissions;

  @GET
  @Transactional
  @Operation(summary = "Settlements, newest month first")
  public List<SettlementInfo> list() {
    return settlements.list().stream().map(SettlementInfo::of).toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "A settlement with its totals per requesting department and its requests")
  public SettlementDetail get(@PathParam("id") long id) {
    return detail(settlements.find(id));
  }

  @POST
  @Transactional
  @Operation(
      summary =
          "Settle a month that is over (month=yyyy-MM): its received requests go for signing"
              + " (online.design-settlement)")
  public Response prepare(MonthBody body) {
    YearMonth month;
    try {
      month = body == null || body.month() == null ? null : YearMonth.parse(body.month().strip());
    } catch (DateTimeParseException e) {
      month = null;
    }
    DesignSettlement created =
        settlements.prepare(
            month,
            DesignCaller.userId(permissions, DesignRequests.MANAGE),
            DesignCaller.name(permissions));
    return Response.created(URI.create("design-settlements/" + created.getId()))
        .entity(detail(created))
        .build();
  }

  @POST
  @Path("{id}/handover")
  @Transactional
  @Operation(summary = "Hand a signed settlement to finance for payment")
  public SettlementDetail handOver(@PathParam("id") long id, Versioned body) {
    return detail(
        settlements.handToFinance(
            id, body == null ? null : body.version(), DesignCaller.name(permissions)));
  }

  private SettlementDetail detail(DesignSettlement s) {
    return new SettlementDetail(
        SettlementInfo.of(s),
        settlements.totals(s.getId()),
        settlements.requestsOf(s.getId()).stream()
            .map(
                r ->
                    new Line(
                        r.getId(),
                        DesignRequests.ref(r),
                        r.getTitle(),
                        r.getDepartmentId(),
                        r.getReceivedOn(),
                        r.getActualCost()))
            .toList());
  }

  public record MonthBody(String month) {}

  public record Versioned(Long version) {}

  public record SettlementInfo(
      long id,
      String month,
      BigDecimal total,
      SettlementStatus status,
      Long approvalId,
      Instant handedAt,
      long version) {
    static SettlementInfo of(DesignSettlement s) {
      return new SettlementInfo(
          s.getId(),
          YearMonth.from(s.getMonth()).toString(),
          s.getTotal().setScale(2),
          s.getStatus(),
          s.getApprovalId(),
          s.getHandedAt(),
          s.getVersion());
    }
  }

  public record Line(
      long id,
      String ref,
      String title,
      long departmentId,
      LocalDate receivedOn,
      BigDecimal actualCost) {}

  public record SettlementDetail(
      SettlementInfo settlement,
      List<DesignSettlements.DepartmentTotal> departments,
      List<Line> requests) {}
}
