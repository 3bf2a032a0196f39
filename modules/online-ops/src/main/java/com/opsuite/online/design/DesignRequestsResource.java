package com.opsuite.online.design;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.online.budget.BudgetCategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Design requests: the form, the signing, the designer's schedule and delivery, the requester's
 * review, the general manager's confirmation, the production order and the goods received.
 */
@Path("v1/online-ops/design-requests")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DesignRequestsResource {

  @Inject DesignRequests requests;
  @Inject CallerPermissions permissions;

  @GET
  @Transactional
  @Operation(summary = "Design requests, newest first; filter by status and department, paged")
  public RequestList list(
      @QueryParam("status") String status,
      @QueryParam("departmentId") Long departmentId,
      @QueryParam("first") int first,
      @QueryParam("max") int max) {
    readable();
    DesignRequests.Page page = requests.list(status(status), departmentId, first, max);
    return new RequestList(page.total(), page.rows().stream().map(this::info).toList());
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "A design request with its history")
  public RequestDetail get(@PathParam("id") long id) {
    readable();
    return detail(requests.find(id));
  }

  @POST
  @Transactional
  @Operation(
      summary =
          "File a design request (title, departmentId, purpose, specs, deadline, category); it goes"
              + " to the department head for signing (online.design-request)")
  public Response submit(FormBody body) {
    permissions.require(DesignRequests.REQUEST);
    FormBody b = body == null ? new FormBody(null, null, null, null, null, null) : body;
    DesignRequest created =
        requests.submit(
            new DesignRequests.Form(
                b.title(), b.departmentId(), b.purpose(), b.specs(), b.deadline(), category(b)),
            me(DesignRequests.REQUEST),
            DesignCaller.name(permissions));
    return Response.created(URI.create("design-requests/" + created.getId()))
        .entity(detail(created))
        .build();
  }

  @POST
  @Path("{id}/schedule")
  @Transactional
  @Operation(summary = "The operations head assigns a designer (designerId) to a signed request")
  public RequestDetail schedule(@PathParam("id") long id, StepBody body) {
    permissions.require(DesignRequests.MANAGE);
    StepBody b = step(body);
    return detail(
        requests.schedule(id, b.designerId(), b.version(), DesignCaller.name(permissions)));
  }

  @POST
  @Path("{id}/delivery")
  @Transactional
  @Operation(summary = "The designer delivers the design (note: where it is, what was done)")
  public RequestDetail deliver(@PathParam("id") long id, StepBody body) {
    StepBody b = step(body);
    return detail(
        requests.deliver(
            id, b.note(), b.version(), anyUser(), manager(), DesignCaller.name(permissions)));
  }

  @POST
  @Path("{id}/review")
  @Transactional
  @Operation(
      summary =
          "The requester accepts the design (accept=true: to the general manager for"
              + " confirmation) or sends it back with a note")
  public RequestDetail review(@PathParam("id") long id, StepBody body) {
    StepBody b = step(body);
    return detail(
        requests.review(
            id,
            Boolean.TRUE.equals(b.accept()),
            b.note(),
            b.version(),
            anyUser(),
            DesignCaller.name(permissions)));
  }

  @POST
  @Path("{id}/order")
  @Transactional
  @Operation(summary = "The designer orders production of the confirmed design (costEstimate)")
  public RequestDetail order(@PathParam("id") long id, StepBody body) {
    StepBody b = step(body);
    return detail(
        requests.order(
            id,
            b.costEstimate(),
            b.version(),
            anyUser(),
            manager(),
            DesignCaller.name(permissions)));
  }

  @POST
  @Path("{id}/receipt")
  @Transactional
  @Operation(summary = "The goods arrived: actualCost and receivedOn")
  public RequestDetail receive(@PathParam("id") long id, StepBody body) {
    StepBody b = step(body);
    return detail(
        requests.receive(
            id,
            b.actualCost(),
            b.receivedOn(),
            b.version(),
            anyUser(),
            manager(),
            DesignCaller.name(permissions)));
  }

  private void readable() {
    DesignCaller.requireAny(permissions, DesignRequests.REQUEST, DesignRequests.MANAGE);
  }

  private boolean manager() {
    return permissions.has(DesignRequests.MANAGE);
  }

  private long anyUser() {
    readable();
    return me(DesignRequests.REQUEST);
  }

  private long me(String permission) {
    return DesignCaller.userId(permissions, permission);
  }

  private static StepBody step(StepBody body) {
    return body == null ? new StepBody(null, null, null, null, null, null, null) : body;
  }

  private static BudgetCategory category(FormBody b) {
    if (b.category() == null || b.category().isBlank()) {
      return null;
    }
    try {
      return BudgetCategory.valueOf(b.category().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DesignRefusedException.invalid("category", "budget.category.unknown", b.category());
    }
  }

  private static DesignStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DesignStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DesignRefusedException.invalid("status", "design.status.unknown", value);
    }
  }

  private RequestInfo info(DesignRequest r) {
    return new RequestInfo(
        r.getId(),
        DesignRequests.ref(r),
        r.getTitle(),
        r.getDepartmentId(),
        requests.departmentName(r.getDepartmentId()),
        r.getRequesterId(),
        requests.userName(r.getRequesterId()),
        r.getPurpose(),
        r.getSpecs(),
        r.getDeadline(),
        r.getCategory(),
        r.getStatus(),
        r.getApprovalId(),
        r.getDesignerId(),
        requests.userName(r.getDesignerId()),
        r.getDeliveryNote(),
        r.getCostEstimate(),
        r.getActualCost(),
        r.getReceivedOn(),
        r.getSettlementId(),
        r.getCreatedAt(),
        r.getVersion());
  }

  private RequestDetail detail(DesignRequest r) {
    return new RequestDetail(
        info(r),
        requests.eventsOf(r.getId()).stream()
            .map(e -> new EventInfo(e.getStatus(), e.getNote(), e.getActor(), e.getAt()))
            .toList());
  }

  public record FormBody(
      String title,
      Long departmentId,
      String purpose,
      String specs,
      LocalDate deadline,
      String category) {}

  public record StepBody(
      Long designerId,
      String note,
      Boolean accept,
      BigDecimal costEstimate,
      BigDecimal actualCost,
      LocalDate receivedOn,
      Long version) {}

  public record RequestInfo(
      long id,
      String ref,
      String title,
      long departmentId,
      String department,
      long requesterId,
      String requester,
      String purpose,
      String specs,
      LocalDate deadline,
      BudgetCategory category,
      DesignStatus status,
      Long approvalId,
      Long designerId,
      String designer,
      String deliveryNote,
      BigDecimal costEstimate,
      BigDecimal actualCost,
      LocalDate receivedOn,
      Long settlementId,
      Instant createdAt,
      long version) {}

  public record EventInfo(DesignStatus status, String note, String actor, Instant at) {}

  public record RequestDetail(RequestInfo request, List<EventInfo> log) {}

  public record RequestList(long total, List<RequestInfo> rows) {}
}
