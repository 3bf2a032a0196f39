package com.opsuite.core.approval;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenant's approval chains: the document types, the chain in force for each, an override saved
 * as a new version (running approvals keep theirs), and the reset to the module's default.
 */
@Path("v1/core/approvals/chains")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalChainsResource {

  @Inject ApprovalTypes types;
  @Inject ChainDefinitions chains;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.APPROVALS_CONFIGURE)
  @Operation(summary = "The document types of core and the enabled modules, with their fields")
  public List<TypeInfo> types() {
    Locale locale = locale();
    return types.available().stream()
        .map(
            d ->
                new TypeInfo(
                    d.type().code(),
                    d.scope(),
                    types.label(d, locale),
                    d.type().fields(),
                    chains.effective(d.type()).version()))
        .toList();
  }

  @GET
  @Path("{type}")
  @Transactional
  @RequiresPermission(CorePermissions.APPROVALS_CONFIGURE)
  @Operation(summary = "The chain new approvals of the type follow")
  public ChainInfo get(@PathParam("type") String type) {
    ApprovalTypes.Declared d = declared(type);
    return info(d, chains.effective(d.type()));
  }

  @PUT
  @Path("{type}")
  @Transactional
  @RequiresPermission(CorePermissions.APPROVALS_CONFIGURE)
  @Operation(
      summary =
          "Save the tenant's chain as a new version; refused with reasons when unsound, and as a"
              + " conflict when a version newer than the one given was saved meanwhile")
  public ChainInfo save(@PathParam("type") String type, ChainChange body) {
    ApprovalTypes.Declared d = declared(type);
    ChainDefinition chain =
        body == null ? null : new ChainDefinition(body.steps(), body.skipRepeatedApprovers());
    Integer version = body == null ? null : body.version();
    return info(d, chains.save(d.type(), chain, version, Caller.name(security)));
  }

  @POST
  @Path("{type}/reset")
  @Transactional
  @RequiresPermission(CorePermissions.APPROVALS_CONFIGURE)
  @Operation(
      summary =
          "Go back to the module's default chain (a new version); with ?version=, refused as a"
              + " conflict when a newer version was saved meanwhile")
  public ChainInfo reset(@PathParam("type") String type, @QueryParam("version") Integer version) {
    ApprovalTypes.Declared d = declared(type);
    return info(d, chains.reset(d.type(), version, Caller.name(security)));
  }

  private ApprovalTypes.Declared declared(String type) {
    return types.find(type).orElseThrow(NotFoundException::new);
  }

  private ChainInfo info(ApprovalTypes.Declared d, ChainDefinitions.Effective effective) {
    Locale locale = locale();
    return new ChainInfo(
        d.type().code(),
        effective.version(),
        effective.custom(),
        effective.chain().steps(),
        effective.chain().skipsRepeatedApprovers(),
        effective.chain().steps().stream()
            .map(s -> types.stepLabel(d, s.key(), s.label(), locale))
            .toList());
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  public record TypeInfo(
      String code, String scope, String label, List<ApprovalType.Field> fields, int version) {}

  /**
   * A chain to save; {@code version}, when given, the version it was based on; {@code
   * skipRepeatedApprovers}, whether a step its approvers already approved passes by itself.
   */
  public record ChainChange(
      List<StepDefinition> steps, Integer version, Boolean skipRepeatedApprovers) {}

  /** The chain in force; {@code labels} are its steps' labels in the caller's language. */
  public record ChainInfo(
      String type,
      int version,
      boolean custom,
      List<StepDefinition> steps,
      boolean skipRepeatedApprovers,
      List<String> labels) {}
}
