package com.opsuite.gas.inspection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A stored photo or signature as it was uploaded, with its SHA-256 as the ETag and as {@code
 * Repr-Digest} (RFC 9530), so whoever holds it can prove it is the one the inspection recorded.
 */
@Path("v1/gas-inspection/evidence")
@RequestScoped
public class EvidenceResource {

  @Inject EvidenceService evidence;
  @Inject FieldCaller caller;

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "The bytes of a photo or signature, with their SHA-256")
  public Response get(@PathParam("id") long id) {
    caller.requireModuleUser();
    Evidence stored = evidence.get(id);
    String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(stored.getSha256()));
    return Response.ok(stored.getContent(), stored.getContentType())
        .tag(stored.getSha256())
        .header("Repr-Digest", "sha-256=:" + base64 + ":")
        .header("X-Uploaded-By", stored.getUploadedBy())
        .header("X-Uploaded-At", stored.getUploadedAt().toString())
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }
}
