package com.opsuite.online.service;

import com.opsuite.core.api.Caller;
import com.opsuite.core.persistence.CappedCount;
import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.RequiresPermission;
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
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Customer-service tickets. Opening one is also the entry point for integrations that forward the
 * channels' messages (with the instant the message arrived); agents reply, managers assign, hand
 * complaints over, review suggestions. A change may name the version it saw (body {@code version}
 * or {@code If-Match}): a stale one is refused with 409.
 */
@Path("v1/online-ops/tickets")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("online.service.reply")
public class TicketsResource {

  static final String MANAGE = "online.service.manage";

  @Inject Tickets tickets;
  @Inject TicketAlerts alerts;
  @Inject CallerPermissions permissions;
  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @GET
  @Transactional
  @Operation(
      summary =
          "Tickets, newest first, filtered and a page at a time; X-Total-Count counts up to"
              + " 10,000 (X-Total-Capped: true when there are more)")
  public Response list(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("assigneeId") Long assigneeId,
      @QueryParam("q") String text,
      @QueryParam("waiting") boolean waiting,
      @QueryParam("breached") boolean breached,
      @QueryParam("first") Integer first,
      @QueryParam("max") Integer max) {
    TicketQuery q =
        new TicketQuery(
            parse(TicketKind.class, "kind", kind),
            parse(TicketStatus.class, "status", status),
            assigneeId,
            text,
            waiting,
            breached);
    Instant now = Instant.now();
    List<TicketSummary> page =
        tickets.search(q, now, first == null ? 0 : first, max == null ? 50 : max).stream()
            .map(l -> TicketSummary.of(l, now))
            .toList();
    CappedCount total = tickets.count(q, now);
    return Response.ok(page)
        .header("X-Total-Count", total.value())
        .header("X-Total-Capped", total.capped())
        .build();
  }

  @POST
  @Transactional
  @Operation(summary = "Open a ticket with the customer's first message (also for integrations)")
  public Response open(NewTicketBody body) {
    NewTicketBody b = body == null ? NewTicketBody.EMPTY : body;
    Ticket t =
        tickets.open(
            new Tickets.NewTicket(
                parse(TicketKind.class, "kind", b.kind()),
                b.subject(),
                b.contactName(),
                b.contactHandle(),
                b.platformId(),
                b.channel(),
                b.content(),
                b.assigneeId(),
                instant("receivedAt", b.receivedAt())),
            Caller.name(security));
    return Response.created(URI.create("tickets/" + t.getId())).entity(details(t.getId())).build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "A ticket with its thread and the alerts sent about it")
  public TicketDetails get(@PathParam("id") long id) {
    return details(id);
  }

  @POST
  @Path("{id}/messages")
  @Transactional
  @Operation(summary = "Another message from the customer; its reply clock starts")
  public TicketDetails customerWrote(@PathParam("id") long id, MessageBody body) {
    MessageBody b = body == null ? MessageBody.EMPTY : body;
    tickets.customerWrote(id, b.content(), instant("receivedAt", b.receivedAt()));
    return details(id);
  }

  @POST
  @Path("{id}/replies")
  @Transactional
  @Operation(summary = "Reply to the customer: answers every message waiting")
  public TicketDetails reply(@PathParam("id") long id, MessageBody body) {
    MessageBody b = body == null ? MessageBody.EMPTY : body;
    tickets.reply(id, b.content(), version(b.version()), userId(), Instant.now());
    return details(id);
  }

  @POST
  @Path("{id}/assignment")
  @Transactional
  @RequiresPermission(MANAGE)
  @Operation(summary = "Give the ticket to an agent")
  public TicketDetails assign(@PathParam("id") long id, AssignBody body) {
    AssignBody b = body == null ? new AssignBody(null, null) : body;
    tickets.assign(id, b.assigneeId(), version(b.version()), Caller.name(security));
    return details(id);
  }

  @POST
  @Path("{id}/handover")
  @Transactional
  @RequiresPermission(MANAGE)
  @Operation(summary = "Hand a complaint to the department responsible")
  public TicketDetails handOver(@PathParam("id") long id, HandOverBody body) {
    HandOverBody b = body == null ? new HandOverBody(null, null, null) : body;
    tickets.handOver(id, b.departmentId(), b.note(), version(b.version()), userId(), Instant.now());
    return details(id);
  }

  @POST
  @Path("{id}/notes")
  @Transactional
  @Operation(summary = "A progress note on a handed-over complaint (internal)")
  public TicketDetails note(@PathParam("id") long id, MessageBody body) {
    MessageBody b = body == null ? MessageBody.EMPTY : body;
    tickets.note(id, b.content(), userId(), Instant.now());
    return details(id);
  }

  @POST
  @Path("{id}/result")
  @Transactional
  @Operation(summary = "Feed the complaint's result back to the customer")
  public TicketDetails feedBack(@PathParam("id") long id, ResultBody body) {
    ResultBody b = body == null ? new ResultBody(null, null) : body;
    tickets.feedBack(id, b.result(), version(b.version()), userId(), Instant.now());
    return details(id);
  }

  @POST
  @Path("{id}/callback")
  @Transactional
  @Operation(summary = "Record the satisfaction callback (score 1-5); closes the complaint")
  public TicketDetails callBack(@PathParam("id") long id, CallbackBody body) {
    CallbackBody b = body == null ? new CallbackBody(null, null, null) : body;
    tickets.callBack(
        id, b.score(), b.note(), version(b.version()), Caller.name(security), Instant.now());
    return details(id);
  }

  @POST
  @Path("{id}/review")
  @Transactional
  @RequiresPermission(MANAGE)
  @Operation(summary = "Review a suggestion: adopted, noted or rejected")
  public TicketDetails review(@PathParam("id") long id, ReviewBody body) {
    ReviewBody b = body == null ? new ReviewBody(null, null, null) : body;
    tickets.review(
        id,
        parse(ReviewOutcome.class, "outcome", b.outcome()),
        b.note(),
        version(b.version()),
        userId(),
        Instant.now());
    return details(id);
  }

  @POST
  @Path("{id}/close")
  @Transactional
  @Operation(summary = "Close an answered inquiry")
  public TicketDetails close(@PathParam("id") long id, VersionBody body) {
    tickets.close(
        id, version(body == null ? null : body.version()), Caller.name(security), Instant.now());
    return details(id);
  }

  @POST
  @Path("alerts")
  @Transactional
  @RequiresPermission(MANAGE)
  @Operation(
      summary =
          "Send the reminders and escalations due now (or at the instant given), as the timer does;"
              + " each message gets each alert once")
  public TicketAlerts.Run runAlerts(@QueryParam("at") String at) {
    Instant when = instant("at", at);
    return alerts.run(when == null ? Instant.now() : when);
  }

  // --- helpers ---

  private TicketDetails details(long id) {
    Instant now = Instant.now();
    TicketLine line = tickets.line(id);
    Ticket t = tickets.find(id);
    List<TicketMessage> thread = tickets.thread(id);
    Map<Long, String> names =
        tickets.userNames(
            thread.stream().flatMap(m -> Stream.of(m.getAuthorId(), m.getAnsweredBy())).toList());
    return new TicketDetails(
        TicketSummary.of(line, now),
        t.getResult(),
        t.getSatisfaction(),
        t.getSatisfactionNote(),
        t.getCallbackAt(),
        t.getReviewOutcome(),
        t.getReviewNote(),
        t.getReviewedAt(),
        t.getClosedAt(),
        thread.stream().map(m -> MessageInfo.of(m, names)).toList(),
        tickets.alerts(id).stream()
            .map(
                a ->
                    new AlertInfo(a.getMessageId(), a.getStage(), a.getRecipients(), a.getSentAt()))
            .toList());
  }

  private long userId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException("online.service.reply", false));
  }

  /** The version the caller saw: the body's, else the {@code If-Match} header's. */
  private Long version(Long fromBody) {
    String ifMatch = headers.getHeaderString("If-Match");
    if (fromBody != null || ifMatch == null || ifMatch.isBlank()) {
      return fromBody;
    }
    try {
      return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
    } catch (NumberFormatException e) {
      throw ServiceRefused.invalid("If-Match", "ticket.version.invalid");
    }
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ServiceRefused.invalid(field, "ticket.instant.invalid", value);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ServiceRefused.invalid(field, "ticket.value.unknown", value);
    }
  }

  // --- bodies and answers ---

  public record NewTicketBody(
      String kind,
      String subject,
      String contactName,
      String contactHandle,
      Long platformId,
      String channel,
      String content,
      Long assigneeId,
      String receivedAt) {
    static final NewTicketBody EMPTY =
        new NewTicketBody(null, null, null, null, null, null, null, null, null);
  }

  public record MessageBody(String content, String receivedAt, Long version) {
    static final MessageBody EMPTY = new MessageBody(null, null, null);
  }

  public record AssignBody(Long assigneeId, Long version) {}

  public record HandOverBody(Long departmentId, String note, Long version) {}

  public record ResultBody(String result, Long version) {}

  public record CallbackBody(Integer score, String note, Long version) {}

  public record ReviewBody(String outcome, String note, Long version) {}

  public record VersionBody(Long version) {}

  public record TicketSummary(
      long id,
      TicketKind kind,
      TicketStatus status,
      String subject,
      String contactName,
      String contactHandle,
      Long platformId,
      String channel,
      Long assigneeId,
      String assigneeName,
      Long departmentId,
      String departmentName,
      Instant nextReplyDueAt,
      Long minutesLeft,
      boolean breached,
      int waitingMessages,
      Instant createdAt,
      long version) {
    static TicketSummary of(TicketLine l, Instant now) {
      return new TicketSummary(
          l.id(),
          l.kind(),
          l.status(),
          l.subject(),
          l.contactName(),
          l.contactHandle(),
          l.platformId(),
          l.channel(),
          l.assigneeId(),
          l.assigneeName(),
          l.departmentId(),
          l.departmentName(),
          l.nextReplyDueAt(),
          l.minutesLeftAt(now),
          l.breachedAt(now),
          l.waitingMessages(),
          l.createdAt(),
          l.version());
    }
  }

  public record TicketDetails(
      TicketSummary ticket,
      String result,
      Integer satisfaction,
      String satisfactionNote,
      Instant callbackAt,
      ReviewOutcome reviewOutcome,
      String reviewNote,
      Instant reviewedAt,
      Instant closedAt,
      List<MessageInfo> messages,
      List<AlertInfo> alerts) {}

  public record MessageInfo(
      long id,
      MessageDirection direction,
      String body,
      String authorName,
      Instant at,
      Instant replyDueAt,
      Instant repliedAt,
      String answeredBy,
      Boolean answeredInTime) {
    static MessageInfo of(TicketMessage m, Map<Long, String> names) {
      return new MessageInfo(
          m.getId(),
          m.getDirection(),
          m.getBody(),
          names.get(m.getAuthorId()),
          m.getAt(),
          m.getReplyDueAt(),
          m.getRepliedAt(),
          names.get(m.getAnsweredBy()),
          m.getRepliedAt() == null ? null : !m.getRepliedAt().isAfter(m.getReplyDueAt()));
    }
  }

  public record AlertInfo(long messageId, AlertStage stage, String recipients, Instant sentAt) {}
}
