package com.opsuite.online.meeting;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.online.data.DataInvalidInput;
import com.opsuite.online.data.DataPermissions;
import com.opsuite.online.data.DataRefused;
import com.opsuite.online.data.PlatformData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The improvement actions of the monthly meetings. Changing or deleting one needs the version the
 * caller saw (If-Match or {@code version}); someone else's change meanwhile answers 409.
 */
@Path("v1/online-ops/improvement-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(DataPermissions.VIEW)
public class ImprovementActionsResource {

  @Inject ImprovementActions actions;
  @Inject MeetingPacks packs;
  @Inject PlatformData data;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The actions agreed at the meeting on a month's pack (month=2026-10)")
  public List<MeetingPack.ActionRow> list(@QueryParam("month") String month) {
    YearMonth m = MeetingsResource.month(month, YearMonth.from(data.today()).minusMonths(1));
    return packs.rows(actions.agreedAt(m));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One action")
  public Response get(@PathParam("id") long id) {
    return answer(200, one(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record an action a meeting agreed on (status OPEN unless given)")
  public Response create(ActionInput body) {
    if (body == null) {
      throw DataInvalidInput.of("body", "data.bodyRequired");
    }
    return answer(201, actions.create(body, Caller.name(security)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change an action's text, owner, due date or status")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ActionInput body) {
    if (body == null) {
      throw DataInvalidInput.of("body", "data.bodyRequired");
    }
    return answer(
        200, actions.change(id, body, version(ifMatch, body.version()), Caller.name(security)));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an action recorded by mistake")
  public Response delete(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version) {
    actions.delete(id, version(ifMatch, version), Caller.name(security));
    return Response.noContent().build();
  }

  private ImprovementAction one(long id) {
    return actions.find(id).orElseThrow(() -> DataRefused.notFound("meeting.action.notFound", id));
  }

  private Response answer(int status, ImprovementAction a) {
    return Response.status(status)
        .tag(new EntityTag(String.valueOf(a.getVersion())))
        .entity(packs.rows(List.of(a)).get(0))
        .build();
  }

  private static Long version(String ifMatch, Long given) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return given;
    }
    try {
      return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw DataInvalidInput.of("If-Match", "data.ifMatch.invalid", ifMatch);
    }
  }
}
