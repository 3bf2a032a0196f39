package com.opsuite.gas.certificate;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.problem.Callers;
import com.opsuite.gas.problem.GasRefusedException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A customer's gas use certificate (用户使用证): its lines, and a new line after work done. */
@Path("v1/gas-inspection/certificates")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

  @Inject Certificates certificates;
  @Inject CallerPermissions permissions;
  @Inject TenantContext tenant;
  @Context SecurityContext security;

  @GET
  @Path("{customerId}")
  @Transactional
  @Operation(summary = "The customer's certificate: every inspection and repair, oldest first")
  public Certificate get(@PathParam("customerId") long customerId) {
    allowed();
    Customer c = certificates.customer(customerId);
    return new Certificate(
        c.getId(),
        c.getCustomerNo(),
        c.getName(),
        c.getAddress(),
        certificates.of(customerId).stream().map(EntryInfo::of).toList());
  }

  @POST
  @Path("{customerId}/entries")
  @Transactional
  @Operation(summary = "Add a line after an annual inspection or a repair")
  public Response add(@PathParam("customerId") long customerId, NewEntry body) {
    allowed();
    NewEntry e = body == null ? new NewEntry(null, null, null, null, null) : body;
    LocalDate today = LocalDate.now(tenant.require().timeZone());
    CertificateEntry entry =
        certificates.add(
            customerId,
            e.entryOn() == null ? today : e.entryOn(),
            kind(e.kind()),
            e.result(),
            e.performedBy() == null
                ? Callers.userId(permissions, "gas.inspection.perform")
                : e.performedBy(),
            e.inspectionId(),
            today,
            Caller.name(security));
    return Response.created(URI.create("certificates/" + customerId))
        .entity(get(customerId))
        .build();
  }

  private void allowed() {
    Callers.requireAny(
        permissions, "gas.inspection.perform", "gas.audit.perform", "gas.customers.manage");
  }

  private static CertificateEntry.Kind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CertificateEntry.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GasRefusedException.invalid("kind", "field.unknownValue", value);
    }
  }

  public record NewEntry(
      LocalDate entryOn, String kind, String result, Long performedBy, Long inspectionId) {}

  public record EntryInfo(
      long id,
      LocalDate entryOn,
      CertificateEntry.Kind kind,
      String result,
      long performedBy,
      String performedByName,
      Long inspectionId) {
    static EntryInfo of(Certificates.Line line) {
      CertificateEntry e = line.entry();
      return new EntryInfo(
          e.getId(),
          e.getEntryOn(),
          e.getKind(),
          e.getResult(),
          e.getPerformedBy(),
          line.performedByName(),
          e.getInspectionId());
    }
  }

  public record Certificate(
      long customerId, String customerNo, String name, String address, List<EntryInfo> entries) {}
}
