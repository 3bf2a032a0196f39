package com.opsuite.online.service;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One ticket: the thread with the reply clock, the reply box, and the follow-up its kind needs
 * (complaint hand-over, progress notes, result and callback; suggestion review; closing an
 * inquiry). Another tenant's ticket, or none, answers 404.
 */
@Named("onlineTicketView")
@ViewScoped
public class TicketView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Tickets tickets;
  @Inject transient CallerPermissions permissions;
  @Inject transient TenantContext tenant;

  private Long id;
  private boolean loaded;
  private TicketLine line;
  private Ticket ticket;
  private List<TicketMessage> thread = List.of();
  private Map<Long, String> names = Map.of();
  private List<UserAccount> agents = List.of();
  private List<OrgUnit> departments = List.of();

  private String reply;
  private String note;
  private String result;
  private Long assigneeId;
  private Long departmentId;
  private Integer score;
  private String callbackNote;
  private ReviewOutcome outcome;
  private String reviewNote;

  /** View action: reads the ticket named by {@code ?id=}. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      refresh();
      agents = tickets.agents();
      departments = tickets.departments();
    } catch (ServiceRefused e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
    }
  }

  private void refresh() {
    if (id == null) {
      throw ServiceRefused.notFound();
    }
    line = tickets.line(id);
    ticket = tickets.find(id);
    thread = tickets.thread(id);
    names =
        tickets.userNames(
            thread.stream().flatMap(m -> Stream.of(m.getAuthorId(), m.getAnsweredBy())).toList());
    assigneeId = ticket.getAssigneeId();
  }

  public void sendReply() {
    act(
        () -> {
          tickets.reply(id, reply, null, userId(), Instant.now());
          reply = null;
        },
        "ticket.replied");
  }

  public void assign() {
    permissions.require(TicketsResource.MANAGE);
    act(() -> tickets.assign(id, assigneeId, line.version(), actor()), "ticket.assigned");
  }

  public void handOver() {
    permissions.require(TicketsResource.MANAGE);
    act(
        () -> tickets.handOver(id, departmentId, note, line.version(), userId(), Instant.now()),
        "ticket.handedOver");
    note = null;
  }

  public void addNote() {
    act(() -> tickets.note(id, note, userId(), Instant.now()), "ticket.noted");
    note = null;
  }

  public void feedBack() {
    act(
        () -> tickets.feedBack(id, result, line.version(), userId(), Instant.now()),
        "ticket.resultSent");
  }

  public void callBack() {
    act(
        () -> tickets.callBack(id, score, callbackNote, line.version(), actor(), Instant.now()),
        "ticket.calledBack");
  }

  public void review() {
    permissions.require(TicketsResource.MANAGE);
    act(
        () -> tickets.review(id, outcome, reviewNote, line.version(), userId(), Instant.now()),
        "ticket.reviewed");
  }

  public void close() {
    act(() -> tickets.close(id, line.version(), actor(), Instant.now()), "ticket.closedInfo");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      ServicePage.info(doneKey);
    } catch (ServiceRefused e) {
      ServicePage.refused(e);
    }
    refresh();
  }

  public String countdown() {
    return ServicePage.countdown(line.nextReplyDueAt(), Instant.now());
  }

  public boolean isBreached() {
    return line.breachedAt(Instant.now());
  }

  public long getDueMillis() {
    return line.nextReplyDueAt() == null ? 0 : line.nextReplyDueAt().toEpochMilli();
  }

  /** An instant as the tenant reads it, e.g. 2026-10-09 10:00. */
  public String time(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(tenant.require().timeZone())
            .format(at);
  }

  public String name(Long userId) {
    return userId == null ? "" : names.getOrDefault(userId, "");
  }

  /** Whether a customer message was answered by its due instant. */
  public boolean inTime(TicketMessage m) {
    return m.getRepliedAt() != null && !m.getRepliedAt().isAfter(m.getReplyDueAt());
  }

  public boolean isComplaint(String status) {
    return ticket.getKind() == TicketKind.COMPLAINT && ticket.getStatus().name().equals(status);
  }

  private long userId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(
            () ->
                new com.opsuite.core.security.AccessDeniedException("online.service.reply", false));
  }

  private String actor() {
    return permissions.caller().map(Principal::getName).orElse("anonymous");
  }

  public List<Integer> getScores() {
    return List.of(5, 4, 3, 2, 1);
  }

  public ReviewOutcome[] getOutcomes() {
    return ReviewOutcome.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TicketLine getLine() {
    return line;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public List<TicketMessage> getThread() {
    return thread;
  }

  public List<UserAccount> getAgents() {
    return agents;
  }

  public List<OrgUnit> getDepartments() {
    return departments;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getCallbackNote() {
    return callbackNote;
  }

  public void setCallbackNote(String callbackNote) {
    this.callbackNote = callbackNote;
  }

  public ReviewOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ReviewOutcome outcome) {
    this.outcome = outcome;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public void setReviewNote(String reviewNote) {
    this.reviewNote = reviewNote;
  }
}
