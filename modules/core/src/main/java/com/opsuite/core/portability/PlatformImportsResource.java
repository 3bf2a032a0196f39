package com.opsuite.core.portability;

import com.opsuite.core.api.Caller;
import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.security.PlatformPermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Platform operators create a tenant from another tenant's archive (a move between installations,
 * or a copy): the body is the ZIP as downloaded from {@code /api/v1/core/exports/{id}/archive}.
 */
@Path("v1/platform/tenant-imports")
@RequestScoped
@PlatformApi
@RequiresPermission(PlatformPermissions.OPERATE)
public class PlatformImportsResource {

  @Inject TenantImports imports;
  @Context SecurityContext security;

  @POST
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create the tenant `code` from an archive: verified whole, then loaded in one transaction;"
              + " 201 with the rows loaded per table, 400 (nothing imported) when it is refused")
  public Response importArchive(
      @QueryParam("code") String code, @QueryParam("name") String name, InputStream body)
      throws IOException {
    // The ZIP's directory is at its end: the body is kept as a file for random access.
    java.nio.file.Path file = Files.createTempFile("opsuite-import-", ".zip");
    try {
      Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      TenantImports.ImportReport report =
          imports.importArchive(file, code, name, Caller.name(security));
      return Response.status(Response.Status.CREATED).entity(report).build();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
