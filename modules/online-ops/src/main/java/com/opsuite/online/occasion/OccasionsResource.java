package com.opsuite.online.occasion;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.online.cadence.CadenceAccess;
import com.opsuite.online.cadence.CadenceRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Events and promotions the content calendar and the cadence rules hang on. */
@Path("v1/online-ops/occasions")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OccasionsResource {

  @Inject Occasions occasions;
  @Inject CallerPermissions permissions;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(summary = "Occasions overlapping from..to, of a kind, by start date, a page at a time")
  public OccasionPage list(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("kind") String kind,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    CadenceAccess.requireRead(permissions);
    Occasions.Page page = occasions.list(from, to, kind(kind), first, max);
    return new OccasionPage(page.items().stream().map(OccasionInfo::of).toList(), page.total());
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One occasion")
  public OccasionInfo get(@PathParam("id") long id) {
    CadenceAccess.requireRead(permissions);
    return OccasionInfo.of(occasions.get(id));
  }

  @POST
  @Transactional
  @RequiresPermission(CadenceAccess.EDIT_OCCASIONS)
  @Operation(summary = "Add an event or a promotion")
  public Response create(Occasions.Form form) {
    Occasion created = occasions.create(form, Caller.name(security));
    return Response.created(URI.create("occasions/" + created.getId()))
        .entity(OccasionInfo.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(CadenceAccess.EDIT_OCCASIONS)
  @Operation(
      summary = "Change title, dates or major; the body's version (or If-Match) must be current")
  public OccasionInfo update(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Occasions.Form form) {
    Occasions.Form f = form;
    Long fromHeader = version(ifMatch);
    if (f != null && f.version() == null && fromHeader != null) {
      f = new Occasions.Form(f.kind(), f.title(), f.startsOn(), f.endsOn(), f.major(), fromHeader);
    }
    return OccasionInfo.of(occasions.update(id, f, Caller.name(security)));
  }

  @DELETE
  @Path("{id}")
  @Transactional
  @RequiresPermission(CadenceAccess.EDIT_OCCASIONS)
  @Operation(summary = "Remove an occasion no content is about")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    occasions.delete(id, version(ifMatch), Caller.name(security));
    return Response.noContent().build();
  }

  private static OccasionKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return OccasionKind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      throw CadenceRefused.invalid("kind", "occasion.kind.required");
    }
  }

  /** An If-Match header's version: {@code 3} or {@code "3"} or {@code W/"3"}. */
  private static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String v = ifMatch.strip().replace("W/", "").replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw CadenceRefused.invalid("If-Match", "cadence.ifMatch.invalid");
    }
  }

  public record OccasionPage(List<OccasionInfo> items, long total) {}

  public record OccasionInfo(
      long id,
      String kind,
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean major,
      long version) {
    static OccasionInfo of(Occasion o) {
      return new OccasionInfo(
          o.getId(),
          o.getKind().name(),
          o.getTitle(),
          o.getStartsOn(),
          o.getEndsOn(),
          o.isMajor(),
          o.getVersion());
    }
  }
}
