package com.opsuite.core.org.imports;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.ApiProblem.FieldError;
import com.opsuite.core.api.Caller;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Staff imports from CSV or Excel (.xlsx), sent as the raw body (Content-Type text/csv or the xlsx
 * type) or as the form field {@code file} of a multipart upload. A preview checks every row and
 * saves nothing; the import saves every row or, when any has a problem, none.
 */
@Path("v1/core/org/staff/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffImportResource {

  @Inject StaffImport imports;
  @Inject StaffTemplate template;
  @Inject CoreMessages messages;
  @Inject ProblemResponses problems;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @POST
  @Path("preview")
  @Consumes(MediaType.WILDCARD)
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Check a staff file row by row; nothing is saved")
  public Response preview(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body)
      throws IOException {
    return preview(() -> StaffFile.read(StaffFile.readAtMostLimit(body), null, type));
  }

  @POST
  @Path("preview")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public Response previewForm(@FormParam("file") EntityPart file) throws IOException {
    return preview(() -> read(file));
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Import a staff file: every row, or none when any row has a problem")
  public Response commit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body)
      throws IOException {
    return commit(() -> StaffFile.read(StaffFile.readAtMostLimit(body), null, type));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public Response commitForm(@FormParam("file") EntityPart file) throws IOException {
    return commit(() -> read(file));
  }

  @GET
  @Path("template.csv")
  @Produces("text/csv")
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "An empty staff file with the column headings in the caller's language")
  public Response template() {
    return Response.ok(template.csv(locale()))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + StaffTemplate.FILE_NAME + "\"")
        .build();
  }

  private Response preview(Upload upload) throws IOException {
    try {
      StaffSheet sheet = upload.read();
      return Response.ok(PreviewInfo.of(sheet, imports.preview(sheet.rows()), this::text)).build();
    } catch (ImportFileRefused e) {
      return refused(e);
    }
  }

  private Response commit(Upload upload) throws IOException {
    try {
      int count = imports.commit(upload.read().rows(), Caller.name(security));
      return Response.created(URI.create("v1/core/org/staff"))
          .entity(new ImportedInfo(count))
          .build();
    } catch (ImportFileRefused e) {
      return refused(e);
    }
  }

  private static StaffSheet read(EntityPart file) throws IOException {
    if (file == null) {
      throw ImportFileRefused.content("org.import.fileMissing");
    }
    try (InputStream in = file.getContent()) {
      return StaffFile.read(
          StaffFile.readAtMostLimit(in),
          file.getFileName().orElse(null),
          file.getMediaType() == null ? null : file.getMediaType().toString());
    }
  }

  /** 413 and 415 where they fit; a file that is not a staff list is refused input (400). */
  private Response refused(ImportFileRefused e) {
    if (e.reason() == ImportFileRefused.Reason.CONTENT) {
      throw e;
    }
    int status = e.reason() == ImportFileRefused.Reason.TOO_LARGE ? 413 : 415;
    return problems.problem(
        status,
        "urn:opsuite:problem:import-refused",
        locale(),
        "org.import.refused",
        e.violation().messageKey(),
        e.violation().args());
  }

  private String text(String key, Object... args) {
    return messages.text(locale(), key, args);
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  @FunctionalInterface
  private interface Upload {
    StaffSheet read() throws IOException;
  }

  /** Texts in the caller's language. */
  @FunctionalInterface
  interface Texts {
    String text(String key, Object... args);
  }

  public record ImportedInfo(int imported) {}

  public record PreviewInfo(
      int rowCount,
      long rowsWithProblems,
      boolean valid,
      List<String> ignoredColumns,
      List<RowInfo> rows) {

    static PreviewInfo of(StaffSheet sheet, ImportPreview preview, Texts texts) {
      return new PreviewInfo(
          preview.rows().size(),
          preview.rowsWithProblems(),
          preview.valid(),
          sheet.ignoredColumns(),
          preview.rows().stream().map(r -> RowInfo.of(r, texts)).toList());
    }
  }

  public record RowInfo(
      int row,
      String name,
      String employeeNo,
      String email,
      String phone,
      String position,
      String startDate,
      List<FieldError> errors) {

    static RowInfo of(CheckedRow checked, Texts texts) {
      StaffRow r = checked.row();
      return new RowInfo(
          r.row(),
          r.name(),
          r.employeeNo(),
          r.email(),
          r.phone(),
          r.position(),
          r.startDate(),
          checked.problems().stream()
              .map(
                  v ->
                      new ApiProblem.FieldError(
                          v.field(), v.messageKey(), texts.text(v.messageKey(), v.args())))
              .toList());
    }
  }
}
