package com.opsuite.gas.fieldcase;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.problem.Callers;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.registry.Meter;
import com.opsuite.gas.registry.SealState;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The field cases of inspectors and auditors: seal installations, illegal alterations and private
 * hookups, and pipeline occupations with their negotiation log.
 */
@Path("v1/gas-inspection/field-cases")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FieldCasesResource {

  static final String PERFORM = "gas.inspection.perform";
  static final String AUDIT = "gas.audit.perform";

  @Inject SealRecords seals;
  @Inject Alterations alterations;
  @Inject Occupations occupations;
  @Inject CallerPermissions permissions;
  @Inject TenantContext tenant;
  @Context SecurityContext security;

  // --- seals ---

  @GET
  @Path("seals")
  @Transactional
  @Operation(summary = "Seal installations, of one meter or all, newest first")
  public List<SealInfo> seals(@QueryParam("meterId") Long meterId) {
    allowed();
    return seals.of(meterId).stream().map(SealInfo::of).toList();
  }

  @POST
  @Path("seals")
  @Transactional
  @Operation(summary = "Record a seal put on a meter; the meter takes the new seal")
  public Response installSeal(NewSeal body) {
    allowed();
    NewSeal s = body == null ? new NewSeal(null, null, null, null, null, null) : body;
    SealRecord r =
        seals.install(
            s.meterId(),
            s.sealNo(),
            s.inspectionId(),
            s.installedAt(),
            s.note(),
            s.meterVersion(),
            me(),
            Caller.name(security));
    return Response.created(URI.create("field-cases/seals/" + r.getId()))
        .entity(SealInfo.of(r))
        .build();
  }

  @GET
  @Path("meters/{id}")
  @Transactional
  @Operation(summary = "A meter's seal as it stands")
  public MeterSeal meter(@PathParam("id") long id) {
    allowed();
    Meter m = seals.meter(id);
    return new MeterSeal(
        m.getId(), m.getMeterNo(), m.getSealNo(), m.getSealState(), m.getVersion());
  }

  // --- alterations and private hookups ---

  @GET
  @Path("alterations")
  @Transactional
  @Operation(summary = "Illegal alterations and private hookups, by deadline")
  public List<AlterationInfo> alterations(@QueryParam("status") String status) {
    allowed();
    return alterations.list(parse(Alteration.Status.class, "status", status)).stream()
        .map(AlterationInfo::of)
        .toList();
  }

  @POST
  @Path("alterations")
  @Transactional
  @Operation(summary = "Record an illegal pipe alteration or private water-heater/boiler hookup")
  public Response recordAlteration(NewAlteration body) {
    allowed();
    NewAlteration a = body == null ? new NewAlteration(null, null, null, null, null) : body;
    Alteration created =
        alterations.record(
            a.customerId(),
            parse(Alteration.Kind.class, "kind", a.kind()),
            a.description(),
            a.foundOn() == null ? today() : a.foundOn(),
            a.deadlineOn(),
            me(),
            Caller.name(security));
    return Response.created(URI.create("field-cases/alterations/" + created.getId()))
        .entity(AlterationInfo.of(created))
        .build();
  }

  @POST
  @Path("alterations/{id}/rectified")
  @Transactional
  @Operation(summary = "The alteration was rectified")
  public AlterationInfo rectified(@PathParam("id") long id, Resolution body) {
    allowed();
    Resolution r = body == null ? new Resolution(null, null, null) : body;
    return AlterationInfo.of(
        alterations.rectified(id, r.note(), r.version(), Caller.name(security)));
  }

  @POST
  @Path("alterations/{id}/refused")
  @Transactional
  @Operation(summary = "The customer refused to rectify: reported to the named authority")
  public AlterationInfo refused(@PathParam("id") long id, Resolution body) {
    allowed();
    Resolution r = body == null ? new Resolution(null, null, null) : body;
    return AlterationInfo.of(
        alterations.refused(id, r.authority(), r.note(), r.version(), Caller.name(security)));
  }

  // --- pipeline occupations ---

  @GET
  @Path("occupations")
  @Transactional
  @Operation(summary = "Pipeline occupations, newest first; ?open=true for those not removed")
  public List<OccupationInfo> occupations(@QueryParam("open") boolean openOnly) {
    allowed();
    return occupations.list(openOnly).stream().map(o -> OccupationInfo.of(o, List.of())).toList();
  }

  @GET
  @Path("occupations/{id}")
  @Transactional
  @Operation(summary = "A pipeline occupation with its negotiation log")
  public OccupationInfo occupation(@PathParam("id") long id) {
    allowed();
    return OccupationInfo.of(occupations.find(id), occupations.notesOf(id));
  }

  @POST
  @Path("occupations")
  @Transactional
  @Operation(summary = "Record a building or structure over a pipeline")
  public Response recordOccupation(NewOccupation body) {
    allowed();
    NewOccupation o = body == null ? new NewOccupation(null, null, null, null, null) : body;
    Occupation created =
        occupations.record(
            o.location(),
            o.structure(),
            o.ownerName(),
            o.ownerPhone(),
            o.foundOn() == null ? today() : o.foundOn(),
            today(),
            me(),
            Caller.name(security));
    return Response.created(URI.create("field-cases/occupations/" + created.getId()))
        .entity(OccupationInfo.of(created, List.of()))
        .build();
  }

  @POST
  @Path("occupations/{id}/notes")
  @Transactional
  @Operation(summary = "Add a dated entry to the negotiation log")
  public OccupationInfo addNote(@PathParam("id") long id, NewNote body) {
    allowed();
    NewNote n = body == null ? new NewNote(null, null) : body;
    occupations.note(
        id,
        n.notedOn() == null ? today() : n.notedOn(),
        n.note(),
        today(),
        me(),
        Caller.name(security));
    return occupation(id);
  }

  @POST
  @Path("occupations/{id}/removed")
  @Transactional
  @Operation(summary = "The structure was removed: the case ends")
  public OccupationInfo removed(@PathParam("id") long id, Removal body) {
    allowed();
    Removal r = body == null ? new Removal(null, null) : body;
    occupations.removed(
        id,
        r.removedOn() == null ? today() : r.removedOn(),
        r.version(),
        today(),
        Caller.name(security));
    return occupation(id);
  }

  private void allowed() {
    Callers.requireAny(permissions, PERFORM, AUDIT);
  }

  private long me() {
    return Callers.userId(permissions, PERFORM);
  }

  private LocalDate today() {
    return LocalDate.now(tenant.require().timeZone());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GasRefusedException.invalid(field, "field.unknownValue", value);
    }
  }

  public record NewSeal(
      Long meterId,
      String sealNo,
      Long inspectionId,
      Instant installedAt,
      String note,
      Long meterVersion) {}

  public record SealInfo(
      long id,
      long meterId,
      String sealNo,
      String previousSealNo,
      Long inspectionId,
      long installedBy,
      Instant installedAt,
      String note) {
    static SealInfo of(SealRecord r) {
      return new SealInfo(
          r.getId(),
          r.getMeterId(),
          r.getSealNo(),
          r.getPreviousSealNo(),
          r.getInspectionId(),
          r.getInstalledBy(),
          r.getInstalledAt(),
          r.getNote());
    }
  }

  public record MeterSeal(
      long id, String meterNo, String sealNo, SealState sealState, long version) {}

  public record NewAlteration(
      Long customerId, String kind, String description, LocalDate foundOn, LocalDate deadlineOn) {}

  public record Resolution(String authority, String note, Long version) {}

  public record AlterationInfo(
      long id,
      long customerId,
      Alteration.Kind kind,
      String description,
      LocalDate foundOn,
      LocalDate deadlineOn,
      Alteration.Status status,
      Instant resolvedAt,
      String authority,
      String resolutionNote,
      long version) {
    static AlterationInfo of(Alteration a) {
      return new AlterationInfo(
          a.getId(),
          a.getCustomerId(),
          a.getKind(),
          a.getDescription(),
          a.getFoundOn(),
          a.getDeadlineOn(),
          a.getStatus(),
          a.getResolvedAt(),
          a.getAuthority(),
          a.getResolutionNote(),
          a.getVersion());
    }
  }

  public record NewOccupation(
      String location, String structure, String ownerName, String ownerPhone, LocalDate foundOn) {}

  public record NewNote(LocalDate notedOn, String note) {}

  public record Removal(LocalDate removedOn, Long version) {}

  public record NoteInfo(long id, LocalDate notedOn, String note, long recordedBy) {
    static NoteInfo of(OccupationNote n) {
      return new NoteInfo(n.getId(), n.getNotedOn(), n.getNote(), n.getRecordedBy());
    }
  }

  public record OccupationInfo(
      long id,
      String location,
      String structure,
      String ownerName,
      String ownerPhone,
      LocalDate foundOn,
      String status,
      LocalDate removedOn,
      long version,
      List<NoteInfo> log) {
    static OccupationInfo of(Occupation o, List<OccupationNote> notes) {
      return new OccupationInfo(
          o.getId(),
          o.getLocation(),
          o.getStructure(),
          o.getOwnerName(),
          o.getOwnerPhone(),
          o.getFoundOn(),
          o.getStatus(),
          o.getRemovedOn(),
          o.getVersion(),
          notes.stream().map(NoteInfo::of).toList());
    }
  }
}
