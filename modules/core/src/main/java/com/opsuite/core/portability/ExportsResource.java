package com.opsuite.core.portability;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exports of all the current tenant's data as one archive: start, follow, download. */
@Path("v1/core/exports")
@RequestScoped
@RequiresPermission(CorePermissions.TENANT_EXPORT)
@Produces(MediaType.APPLICATION_JSON)
public class ExportsResource {

  @Inject ExportRunner runner;
  @Inject TenantExports exports;
  @Inject ExportDownloads downloads;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Start an export of all the tenant's data; 202 with its id and progress")
  public Response start() {
    TenantExport export = runner.start(Caller.name(security));
    return Response.accepted(ExportInfo.of(export))
        .location(uri.getAbsolutePathBuilder().path(export.getId()).build())
        .build();
  }

  @GET
  @Operation(summary = "The latest exports, newest first")
  public List<ExportInfo> recent() {
    return exports.recent().stream().map(ExportInfo::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An export's status and progress: rows done of the total, per table")
  public ExportInfo get(@PathParam("id") String id) {
    return exports.find(id).map(ExportInfo::of).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/archive")
  @Produces("application/zip")
  @Operation(summary = "The finished archive (ZIP: manifest.json and one entry per table)")
  public Response archive(@PathParam("id") String id) {
    java.nio.file.Path file =
        downloads.take(id, Caller.name(security)).orElseThrow(NotFoundException::new);
    TenantExport export = exports.find(id).orElseThrow(NotFoundException::new);
    return Response.ok(file.toFile(), "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ExportDownloads.fileName(export) + "\"")
        .header("Repr-Digest", "sha-256=:" + ExportInfo.base64(export.getArchiveSha256()) + ":")
        .build();
  }

  /** An export as the API shows it. */
  public record ExportInfo(
      String id,
      String status,
      String requestedBy,
      String requestedAt,
      String finishedAt,
      long rowsTotal,
      long rowsDone,
      int percent,
      List<TableProgress> tables,
      Long archiveBytes,
      String archiveSha256,
      String failure) {

    static ExportInfo of(TenantExport e) {
      return new ExportInfo(
          e.getId(),
          e.getStatus().name(),
          e.getRequestedBy(),
          e.getRequestedAt().toString(),
          e.getFinishedAt() == null ? null : e.getFinishedAt().toString(),
          e.getRowsTotal(),
          e.getRowsDone(),
          e.getPercent(),
          e.getTables(),
          e.getArchiveBytes(),
          e.getArchiveSha256(),
          e.getFailure());
    }

    static String base64(String hex) {
      return java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex));
    }
  }
}
