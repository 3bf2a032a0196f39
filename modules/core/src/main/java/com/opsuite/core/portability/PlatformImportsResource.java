package com.opsuite.core.portability;

import com.opsuite.core.api.Caller;
import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.PlatformPermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Platform operators create a tenant from another tenant's archive (a move between installations,
 * or a copy): the body is the ZIP as downloaded from {@code /api/v1/core/exports/{id}/archive}. It
 * is received into a temporary file up to {@code opsuite.import.max-megabytes} (413 beyond),
 * checked whole while the operator waits (400 when refused), and loaded in the background (202,
 * then poll).
 */
@Path("v1/platform/tenant-imports")
@RequestScoped
@PlatformApi
@RequiresPermission(PlatformPermissions.OPERATE)
@Produces(MediaType.APPLICATION_JSON)
public class PlatformImportsResource {

  @Inject TenantImports imports;
  @Inject ImportJobs jobs;
  @Inject ProblemResponses problems;
  @Inject CoreMessages messages;

  /** About 250 million rows at the archives' 8 bytes a row. */
  @Inject
  @ConfigProperty(name = "opsuite.import.max-megabytes", defaultValue = "2048")
  long maxMegabytes;

  @Context SecurityContext security;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Create the tenant `code` from an archive: 400 (nothing imported) when it is refused, 413"
              + " past opsuite.import.max-megabytes, else 202 and it is loaded in the background"
              + " in one transaction (poll the Location)")
  public Response importArchive(
      @QueryParam("code") String code,
      @QueryParam("name") String name,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      InputStream body)
      throws IOException {
    long maxBytes = maxMegabytes * 1024 * 1024;
    if (length != null && length > maxBytes) {
      return tooLarge();
    }
    java.nio.file.Path file;
    try {
      file = ArchiveUpload.receive(body, maxBytes);
    } catch (ArchiveUpload.TooLarge e) {
      return tooLarge();
    }
    ImportJob job;
    try {
      TenantImports.Verified verified = imports.verify(file, code, name);
      job = jobs.start(file, verified, Caller.name(security));
    } catch (RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return Response.accepted(info(job))
        .location(uri.getAbsolutePathBuilder().path(job.id()).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "An import's status (RUNNING, DONE or FAILED) and progress; when done the rows loaded"
              + " per table, when failed the localized reasons (nothing was imported)")
  public ImportInfo get(@PathParam("id") String id) {
    return jobs.find(id).map(this::info).orElseThrow(NotFoundException::new);
  }

  private Response tooLarge() {
    return problems.bodyTooLarge(locale(), maxMegabytes);
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  private ImportInfo info(ImportJob job) {
    TenantImports.ImportReport report = job.report();
    Locale locale = locale();
    return new ImportInfo(
        job.id(),
        job.code(),
        job.from(),
        job.status().name(),
        job.requestedBy(),
        job.requestedAt().toString(),
        job.finishedAt() == null ? null : job.finishedAt().toString(),
        job.rowsTotal(),
        job.rowsDone(),
        report == null ? null : report.name(),
        report == null ? null : report.tables(),
        report == null ? null : report.tookMs(),
        job.failure().stream().map(v -> messages.text(locale, v.messageKey(), v.args())).toList());
  }

  /** An import as the API shows it. */
  public record ImportInfo(
      String id,
      String code,
      String from,
      String status,
      String requestedBy,
      String requestedAt,
      String finishedAt,
      long rowsTotal,
      long rowsDone,
      String name,
      Map<String, Long> tables,
      Long tookMs,
      List<String> errors) {}
}
