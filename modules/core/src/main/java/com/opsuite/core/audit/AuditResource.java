package com.opsuite.core.audit;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current tenant's audit log: search, and export as CSV for a spreadsheet. */
@Path("v1/core/audit")
@RequestScoped
public class AuditResource {

  @Inject AuditLog log;
  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Audit entries, newest first; filter by action and by date (from inclusive, to exclusive)")
  @RequiresPermission(CorePermissions.AUDIT_READ)
  public List<Entry> search(
      @QueryParam("action") String action,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to) {
    return log.search(action, start(from), start(to)).stream().map(Entry::of).toList();
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "The same entries as CSV (UTF-8 with a byte-order mark, so Excel shows Chinese correctly)")
  @RequiresPermission(CorePermissions.AUDIT_EXPORT)
  public Response export(
      @QueryParam("action") String action,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to) {
    byte[] csv =
        AuditCsv.write(log.export(Caller.name(security), action, start(from), start(to)))
            .getBytes(StandardCharsets.UTF_8);
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
        .build();
  }

  private static Instant start(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** One audit entry. */
  public record Entry(
      String occurredAt,
      String actor,
      String sourceAddress,
      String action,
      String target,
      String before,
      String after) {
    static Entry of(AuditEvent e) {
      return new Entry(
          e.getOccurredAt().toString(),
          e.getActor(),
          e.getSourceAddress(),
          e.getAction(),
          e.getTarget(),
          e.getBeforeValue(),
          e.getAfterValue());
    }
  }
}
