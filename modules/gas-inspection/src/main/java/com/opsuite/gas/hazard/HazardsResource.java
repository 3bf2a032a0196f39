package com.opsuite.gas.hazard;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.problem.GasTexts;
import com.opsuite.gas.registry.Customer;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Hazards found by inspections and their rectification: notices, re-inspections, escalation. */
@Path("v1/gas-inspection/hazards")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("gas.hazard.rectify")
public class HazardsResource {

  @Inject HazardRectification rectification;
  @Inject HazardEscalation escalation;
  @Inject NoticePdf pdf;
  @Inject TenantContext tenant;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Transactional
  @Operation(summary = "Hazards, optionally of one status or only those past their deadline")
  public List<HazardInfo> list(
      @QueryParam("status") String status, @QueryParam("overdue") boolean overdue) {
    return rectification.listed(status(status), overdue, today()).stream()
        .map(l -> HazardInfo.of(l.hazard(), l.customer(), today()))
        .toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One hazard")
  public HazardInfo get(@PathParam("id") long id) {
    return info(rectification.find(id));
  }

  @POST
  @Path("notices")
  @Transactional
  @Operation(
      summary =
          "Issue a rectification notice for the open hazards of an inspection and open the"
              + " re-inspection task due on its deadline")
  public Response issue(NewNotice body) {
    NewNotice n = body == null ? new NewNotice(null, null) : body;
    if (n.inspectionId() == null) {
      throw GasRefusedException.invalid("inspectionId", "hazard.inspection.required");
    }
    RectificationNotice notice =
        rectification.issue(n.inspectionId(), n.deadlineOn(), today(), Caller.name(security));
    return Response.created(URI.create("hazards/notices/" + notice.noticeNo()))
        .entity(NoticeInfo.of(notice, locale()))
        .build();
  }

  @GET
  @Path("notices/{no}")
  @Transactional
  @Operation(summary = "A rectification notice with its items' labels in the caller's language")
  public NoticeInfo notice(@PathParam("no") String noticeNo) {
    return NoticeInfo.of(rectification.notice(noticeNo), locale());
  }

  @GET
  @Path("notices/{no}/pdf")
  @Produces("application/pdf")
  @Transactional
  @Operation(summary = "A rectification notice as a PDF to print or send")
  public Response noticePdf(@PathParam("no") String noticeNo) {
    RectificationNotice notice = rectification.notice(noticeNo);
    byte[] bytes = pdf.write(notice, locale(), tenant.require().timeZone());
    return Response.ok(bytes, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + noticeNo + ".pdf\"")
        .build();
  }

  @POST
  @Path("{id}/reinspection")
  @Transactional
  @Operation(summary = "Record a re-inspection: rectified closes the hazard, otherwise it waits")
  public HazardInfo reinspect(@PathParam("id") long id, Reinspection body) {
    if (body == null || body.rectified() == null) {
      throw GasRefusedException.invalid("rectified", "hazard.rectified.required");
    }
    Hazard h =
        rectification.reinspect(
            id, body.rectified(), body.note(), body.version(), Caller.name(security));
    return info(h);
  }

  @POST
  @Path("{id}/close")
  @Transactional
  @Operation(
      summary = "Close a hazard as rectified without a visit; the note says how it was shown")
  public HazardInfo close(@PathParam("id") long id, Closing body) {
    Closing c = body == null ? new Closing(null, null) : body;
    return info(rectification.close(id, c.note(), c.version(), Caller.name(security)));
  }

  @POST
  @Path("escalations")
  @Transactional
  @RequiresPermission("gas.inspection.assign")
  @Operation(summary = "Escalate the overdue hazards now, as the nightly job does (idempotent)")
  public EscalationRun escalate() {
    return new EscalationRun(escalation.escalateOverdue(today(), Caller.name(security)));
  }

  private HazardInfo info(Hazard h) {
    HazardRectification.Listed l = rectification.listed(h.getId());
    return HazardInfo.of(l.hazard(), l.customer(), today());
  }

  private LocalDate today() {
    return LocalDate.now(tenant.require().timeZone());
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  private static HazardStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return HazardStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GasRefusedException.invalid("status", "hazard.status.unknown", value);
    }
  }

  public record NewNotice(Long inspectionId, LocalDate deadlineOn) {}

  public record Reinspection(Boolean rectified, String note, Long version) {}

  public record Closing(String note, Long version) {}

  public record EscalationRun(int escalated) {}

  public record HazardInfo(
      long id,
      long inspectionId,
      long customerId,
      String customerName,
      String address,
      String itemCode,
      String description,
      HazardStatus status,
      LocalDate deadlineOn,
      boolean overdue,
      String noticeNo,
      Long reinspectionTaskId,
      Instant closedAt,
      String closedBy,
      String closeNote,
      Long closedByInspectionId,
      Instant escalatedAt,
      long version) {
    static HazardInfo of(Hazard h, Customer c, LocalDate today) {
      boolean waiting =
          h.getStatus() == HazardStatus.NOTICE_ISSUED || h.getStatus() == HazardStatus.REINSPECTION;
      return new HazardInfo(
          h.getId(),
          h.getInspectionId(),
          h.getCustomerId(),
          c.getName(),
          c.getAddress(),
          h.getItemCode(),
          h.getDescription(),
          h.getStatus(),
          h.getDeadlineOn(),
          (waiting || h.getStatus() == HazardStatus.ESCALATED)
              && h.getDeadlineOn() != null
              && h.getDeadlineOn().isBefore(today),
          h.getNoticeNo(),
          h.getReinspectionTaskId(),
          h.getClosedAt(),
          h.getClosedBy(),
          h.getCloseNote(),
          h.getClosedByInspectionId(),
          h.getEscalatedAt(),
          h.getVersion());
    }
  }

  public record NoticeInfo(
      String noticeNo,
      Instant issuedAt,
      LocalDate deadlineOn,
      long inspectionId,
      long customerId,
      String customerNo,
      String customerName,
      String address,
      String inspectorName,
      String badgeNo,
      Long reinspectionTaskId,
      List<NoticeItem> items,
      boolean closed,
      Instant closedAt) {
    static NoticeInfo of(RectificationNotice n, Locale locale) {
      return new NoticeInfo(
          n.noticeNo(),
          n.issuedAt(),
          n.deadlineOn(),
          n.inspectionId(),
          n.customerId(),
          n.customerNo(),
          n.customerName(),
          n.address(),
          n.inspectorName(),
          n.badgeNo(),
          n.reinspectionTaskId(),
          n.items().stream()
              .map(
                  i ->
                      new NoticeItem(
                          i.hazardId(),
                          i.itemCode(),
                          GasTexts.text(locale, i.labelKey()),
                          i.description(),
                          i.status()))
              .toList(),
          n.closedAt() != null,
          n.closedAt());
    }
  }

  public record NoticeItem(
      long hazardId, String itemCode, String label, String description, HazardStatus status) {}
}
