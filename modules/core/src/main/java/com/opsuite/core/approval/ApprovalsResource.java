package com.opsuite.core.approval;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Approvals for the signed-in user: their inbox, one approval with its history, and the actions.
 * Acting needs being asked by the approval's current step (or standing in for someone who is), or
 * being its submitter for resubmitting and withdrawing; no permission is involved.
 */
@Path("v1/core/approvals")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

  @Inject Approvals approvals;
  @Inject ApprovalInbox inbox;
  @Inject Participants participants;
  @Inject ApprovalViews views;
  @Inject CallerPermissions permissions;
  @Context HttpHeaders headers;

  @GET
  @Path("inbox")
  @Transactional
  @Operation(summary = "Pending for me (default), done by me or submitted by me, with counts")
  public ApprovalViews.Inbox inbox(
      @QueryParam("box") String box,
      @Parameter(description = "only this document type") @QueryParam("type") String type,
      @Parameter(description = "words in the title or document reference") @QueryParam("q")
          String text) {
    long me = me();
    ApprovalInbox.Box chosen = box(box);
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (ApprovalInbox.Box b : ApprovalInbox.Box.values()) {
      counts.put(b.name().toLowerCase(Locale.ROOT), inbox.count(b, me));
    }
    return new ApprovalViews.Inbox(
        chosen.name().toLowerCase(Locale.ROOT),
        counts,
        views.summaries(
            inbox.list(chosen, me, new ApprovalInbox.Filter(type, bounded(text))), locale()));
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One approval with its steps, approvers and history")
  public ApprovalViews.Detail get(@PathParam("id") long id) {
    return views.detail(participants.visible(id, me()), locale());
  }

  @POST
  @Transactional
  @Operation(summary = "Submit a document of one of core's own types (expense claims)")
  public Response start(StartBody body) {
    StartBody b = body == null ? new StartBody(null, null, null, null) : body;
    if (b.type() == null || !b.type().startsWith("core.")) {
      throw InvalidInputException.of("type", "approval.type.notOverApi");
    }
    Approval approval = approvals.start(b.type(), b.documentRef(), b.title(), b.fields(), me());
    return Response.created(URI.create("approvals/" + approval.getId()))
        .entity(views.detail(approval, locale()))
        .build();
  }

  @POST
  @Path("{id}/actions")
  @Transactional
  @Operation(
      summary =
          "Approve, reject (comment required), return, resubmit, withdraw or comment;"
              + " 403 when it is not yours to do, 409 when the approval moved on meanwhile")
  public ApprovalViews.Detail act(@PathParam("id") long id, ActionBody body) {
    ActionBody b = body == null ? new ActionBody(null, null, null, null) : body;
    ActionKind action = action(b.action());
    Approval approval = approvals.act(id, action, b.comment(), b.onBehalfOf(), b.version(), me());
    return views.detail(approval, locale());
  }

  private long me() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException("approvals", false));
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  private static String bounded(String text) {
    if (text != null && text.length() > 100) {
      throw InvalidInputException.of("q", "approval.inbox.searchTooLong", 100);
    }
    return text;
  }

  private static ApprovalInbox.Box box(String box) {
    if (box == null || box.isBlank()) {
      return ApprovalInbox.Box.PENDING;
    }
    try {
      return ApprovalInbox.Box.valueOf(box.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("box", "approval.box.unknown", box);
    }
  }

  private static ActionKind action(String action) {
    if (action != null) {
      try {
        ActionKind kind = ActionKind.valueOf(action.strip().toUpperCase(Locale.ROOT));
        if (kind != ActionKind.SUBMIT) {
          return kind;
        }
      } catch (IllegalArgumentException e) {
        // refused below, like a missing action
      }
    }
    throw InvalidInputException.of("action", "approval.action.unknown");
  }

  /** A document to submit. */
  public record StartBody(
      String type, String documentRef, String title, Map<String, Object> fields) {}

  /** An action; {@code version}, when given, refuses an action based on a stale read (409). */
  public record ActionBody(String action, String comment, Long onBehalfOf, Long version) {}
}
