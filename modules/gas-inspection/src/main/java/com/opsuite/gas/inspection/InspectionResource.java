package com.opsuite.gas.inspection;

import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inspections for phones and integrations: start one from a task (or resume its draft), save the
 * draft with the version it was based on, add photos and the signature, and finish it as completed
 * or as a failed entry.
 */
@Path("v1/gas-inspection/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

  @Inject InspectionService inspections;
  @Inject EvidenceService evidence;
  @Inject EvidenceLimits limits;
  @Inject FieldCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RequiresPermission(FieldCaller.PERFORM)
  @Operation(summary = "Start the inspection of one of the caller's tasks, or resume its draft")
  public Response start(StartBody body) {
    if (body == null || body.taskId() == null) {
      throw InspectionRefused.invalid("inspection.refused.taskRequired");
    }
    InspectionService.Started started = inspections.start(body.taskId(), caller.accountId());
    InspectionDetails details = InspectionDetails.of(inspections, started.inspection());
    return started.created()
        ? Response.created(URI.create("inspections/" + details.id())).entity(details).build()
        : Response.ok(details).build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "An inspection with its answers and evidence (without the bytes)")
  public InspectionDetails get(@PathParam("id") long id) {
    caller.requireModuleUser();
    return InspectionDetails.of(inspections, inspections.get(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RequiresPermission(FieldCaller.PERFORM)
  @Operation(
      summary = "Save the draft: all answers, notes and location; 409 if the version is stale")
  public InspectionDetails save(@PathParam("id") long id, Draft body) {
    return InspectionDetails.of(inspections, inspections.saveDraft(id, body, caller.accountId()));
  }

  @POST
  @Path("{id}/photos")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @RequiresPermission(FieldCaller.PERFORM)
  @Operation(summary = "Add a photo (JPEG, PNG or WebP as the raw body) of a checklist item")
  public Response photo(@PathParam("id") long id, @QueryParam("item") String item, InputStream body)
      throws IOException {
    byte[] bytes = BoundedRead.atMost(body, limits.maxPhotoBytes());
    return created(evidence.addPhoto(id, blankToNull(item), bytes, caller.accountId()));
  }

  @POST
  @Path("{id}/photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Transactional
  @RequiresPermission(FieldCaller.PERFORM)
  public Response photoForm(
      @PathParam("id") long id,
      @QueryParam("item") String itemQuery,
      @FormParam("item") String itemField,
      @FormParam("file") EntityPart file)
      throws IOException {
    if (file == null) {
      throw InspectionRefused.invalid("inspection.evidence.empty");
    }
    byte[] bytes;
    try (InputStream in = file.getContent()) {
      bytes = BoundedRead.atMost(in, limits.maxPhotoBytes());
    }
    String item = blankToNull(itemField) != null ? itemField : itemQuery;
    return created(evidence.addPhoto(id, blankToNull(item), bytes, caller.accountId()));
  }

  @POST
  @Path("{id}/signature")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @RequiresPermission(FieldCaller.PERFORM)
  @Operation(summary = "Store the customer's signature (a PNG as the raw body), replacing one")
  public Response signature(@PathParam("id") long id, InputStream body) throws IOException {
    byte[] bytes = BoundedRead.atMost(body, limits.maxSignatureBytes());
    return created(evidence.sign(id, bytes, caller.accountId()));
  }

  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @RequiresPermission(FieldCaller.PERFORM)
  @Operation(
      summary =
          "Complete: every item answered, a photo of each failed one and the signature; failed"
              + " items become hazards and the task is done")
  public InspectionDetails complete(@PathParam("id") long id, VersionBody body) {
    Long version = body == null ? null : body.version();
    return InspectionDetails.of(inspections, inspections.complete(id, version, caller.accountId()));
  }

  @POST
  @Path("{id}/entry-failed")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RequiresPermission(FieldCaller.PERFORM)
  @Operation(summary = "Record that the inspector could not get in; a revisit task is scheduled")
  public InspectionDetails entryFailed(@PathParam("id") long id, EntryFailedBody body) {
    EntryFailedBody b = body == null ? new EntryFailedBody(null, null, null) : body;
    return InspectionDetails.of(
        inspections,
        inspections.entryFailed(id, b.reason(), b.note(), b.version(), caller.accountId()));
  }

  private static Response created(Evidence stored) {
    return Response.created(URI.create("../evidence/" + stored.getId()))
        .entity(
            new EvidenceInfo(
                stored.getId(),
                stored.getItemCode(),
                stored.getKind(),
                stored.getContentType(),
                stored.getSizeBytes(),
                stored.getSha256(),
                stored.getUploadedBy(),
                stored.getUploadedAt()))
        .build();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public record StartBody(Long taskId) {}

  public record VersionBody(Long version) {}

  public record EntryFailedBody(EntryFailure reason, String note, Long version) {}
}
