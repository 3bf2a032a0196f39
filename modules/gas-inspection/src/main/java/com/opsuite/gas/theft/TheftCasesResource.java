package com.opsuite.gas.theft;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.problem.Callers;
import com.opsuite.gas.problem.GasRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Gas theft cases: the proposal and its evidence, the review, and what was done after it. */
@Path("v1/gas-inspection/theft-cases")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(TheftCasesResource.HANDLE)
public class TheftCasesResource {

  static final String HANDLE = "gas.theft.handle";
  static final String ESCALATE = "gas.theft.escalate";

  @Inject TheftCases cases;
  @Inject CallerPermissions permissions;
  @Inject TenantContext tenant;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(summary = "Theft cases, optionally of one stage, newest first")
  public List<CaseInfo> list(@QueryParam("stage") String stage) {
    return cases.list(stage(stage)).stream().map(CaseInfo::of).toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "A theft case with its evidence and its log")
  public CaseDetail get(@PathParam("id") long id) {
    return detail(cases.find(id));
  }

  @POST
  @Transactional
  @Operation(summary = "Open a theft case for a customer with the proposed decision")
  public Response open(ProposalBody body) {
    TheftCase created =
        cases.open(
            proposal(body),
            LocalDate.now(tenant.require().timeZone()),
            me(),
            Caller.name(security));
    return Response.created(URI.create("theft-cases/" + created.getId()))
        .entity(detail(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @Operation(summary = "Revise the proposal of an open or returned case")
  public CaseDetail revise(@PathParam("id") long id, ProposalBody body) {
    return detail(
        cases.revise(
            id, proposal(body), body == null ? null : body.version(), Caller.name(security)));
  }

  @POST
  @Path("{id}/evidence")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @Operation(
      summary =
          "Add a photo or document (JPEG, PNG, WebP or PDF, at most 10 MB) as the request body;"
              + " the file name in ?name=")
  public Response addEvidence(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String type,
      InputStream body)
      throws IOException {
    byte[] content = body == null ? new byte[0] : body.readNBytes(EvidenceFiles.MAX_BYTES + 1);
    TheftEvidence e = cases.addEvidence(id, name, type, content, me(), Caller.name(security));
    return Response.created(URI.create("theft-cases/" + id + "/evidence/" + e.getId()))
        .entity(EvidenceInfo.of(e))
        .build();
  }

  @GET
  @Path("{id}/evidence/{evidenceId}")
  @Produces(MediaType.WILDCARD)
  @Transactional
  @Operation(summary = "The bytes of one piece of evidence")
  public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
    TheftEvidence e = cases.evidence(id, evidenceId);
    return Response.ok(e.getContent(), e.getContentType())
        .header("Content-Disposition", "attachment; filename=\"" + e.getFileName() + "\"")
        .header("X-Content-SHA256", e.getSha256())
        .build();
  }

  @POST
  @Path("{id}/submission")
  @Transactional
  @Operation(summary = "Send the case for decision through the gas.theft-case approval chain")
  public CaseDetail submit(@PathParam("id") long id, Versioned body) {
    return detail(
        cases.submit(id, body == null ? null : body.version(), me(), Caller.name(security)));
  }

  @POST
  @Path("{id}/actions")
  @Transactional
  @Operation(
      summary =
          "Record what was done after the decision: SUPPLY_STOPPED, COMPENSATION_RECEIVED"
              + " (amountYuan), ESCALATED (needs gas.theft.escalate) or CLOSED")
  public CaseDetail act(@PathParam("id") long id, ActionBody body) {
    if (body == null || body.action() == null) {
      throw GasRefusedException.invalid("action", "theft.action.unknown");
    }
    TheftCaseEvent.Kind kind;
    try {
      kind = TheftCaseEvent.Kind.valueOf(body.action().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GasRefusedException.invalid("action", "theft.action.unknown");
    }
    if (kind == TheftCaseEvent.Kind.ESCALATED) {
      permissions.require(ESCALATE);
    }
    return detail(
        cases.record(
            id, kind, body.amountYuan(), body.note(), body.version(), Caller.name(security)));
  }

  private CaseDetail detail(TheftCase t) {
    return new CaseDetail(
        CaseInfo.of(t),
        cases.evidenceOf(t.getId()).stream().map(EvidenceInfo::of).toList(),
        cases.eventsOf(t.getId()).stream().map(EventInfo::of).toList());
  }

  private long me() {
    return Callers.userId(permissions, HANDLE);
  }

  private static TheftCases.Proposal proposal(ProposalBody b) {
    if (b == null) {
      throw GasRefusedException.invalid("kind", "theft.kind.required");
    }
    TheftKind kind = null;
    if (b.kind() != null) {
      try {
        kind = TheftKind.valueOf(b.kind().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw GasRefusedException.invalid("kind", "theft.kind.required");
      }
    }
    return new TheftCases.Proposal(
        b.customerId(),
        b.inspectionId(),
        kind,
        b.description(),
        Boolean.TRUE.equals(b.stopSupply()),
        b.compensationYuan(),
        Boolean.TRUE.equals(b.escalate()));
  }

  private static TheftStage stage(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return TheftStage.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GasRefusedException.invalid("stage", "theft.stage.unknown", value);
    }
  }

  public record ProposalBody(
      Long customerId,
      Long inspectionId,
      String kind,
      String description,
      Boolean stopSupply,
      BigDecimal compensationYuan,
      Boolean escalate,
      Long version) {}

  public record Versioned(Long version) {}

  public record ActionBody(String action, BigDecimal amountYuan, String note, Long version) {}

  public record CaseInfo(
      long id,
      String caseNo,
      long customerId,
      Long inspectionId,
      TheftKind kind,
      String description,
      TheftStage stage,
      boolean stopSupply,
      BigDecimal compensationYuan,
      boolean escalate,
      Long approvalId,
      Instant openedAt,
      Instant closedAt,
      long version) {
    static CaseInfo of(TheftCase t) {
      return new CaseInfo(
          t.getId(),
          t.getCaseNo(),
          t.getCustomerId(),
          t.getInspectionId(),
          t.getKind(),
          t.getDescription(),
          t.getStage(),
          t.isStopSupply(),
          t.getCompensationYuan(),
          t.isEscalate(),
          t.getApprovalId(),
          t.getOpenedAt(),
          t.getClosedAt(),
          t.getVersion());
    }
  }

  public record EvidenceInfo(
      long id, String fileName, String contentType, int sizeBytes, String sha256, Instant at) {
    static EvidenceInfo of(TheftEvidence e) {
      return new EvidenceInfo(
          e.getId(),
          e.getFileName(),
          e.getContentType(),
          e.getSizeBytes(),
          e.getSha256(),
          e.getUploadedAt());
    }
  }

  public record EventInfo(
      TheftCaseEvent.Kind kind, BigDecimal amountYuan, String note, String actor, Instant at) {
    static EventInfo of(TheftCaseEvent e) {
      return new EventInfo(e.getKind(), e.getAmountYuan(), e.getNote(), e.getActor(), e.getAt());
    }
  }

  public record CaseDetail(CaseInfo theftCase, List<EvidenceInfo> evidence, List<EventInfo> log) {}
}
