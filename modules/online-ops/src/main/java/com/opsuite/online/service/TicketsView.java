package com.opsuite.online.service;

import com.opsuite.core.api.Caller;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.platform.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The ticket list: filters, the reply countdown, this month's replies per agent, a new ticket. */
@Named("onlineTicketsView")
@ViewScoped
public class TicketsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Tickets tickets;
  @Inject transient SlaChart slaChart;
  @Inject transient TenantContext tenant;
  @Inject transient CallerPermissions permissions;

  private TicketKind kind;
  private TicketStatus status;
  private Long assigneeId;
  private String text;
  private boolean waitingOnly;
  private boolean breachedOnly;
  private TicketRows rows;
  private String chart;
  private boolean chartEmpty;
  private List<UserAccount> agents;
  private List<Platform> platforms;
  private final NewTicketForm form = new NewTicketForm();

  @PostConstruct
  void init() {
    agents = tickets.agents();
    platforms = tickets.platforms();
    search();
  }

  public void search() {
    rows =
        new TicketRows(
            tickets, new TicketQuery(kind, status, assigneeId, text, waitingOnly, breachedOnly));
    Instant now = Instant.now();
    List<SlaChart.Row> month = slaChart.month(YearMonth.now(tenant.require().timeZone()), now);
    chartEmpty = month.isEmpty();
    chart =
        SlaChart.json(
            month,
            ServicePage.text("tickets.chart.inTime"),
            ServicePage.text("tickets.chart.late"));
  }

  /** Opens the ticket a customer just called or wrote about, and goes to it. */
  public String open() {
    try {
      Ticket t =
          tickets.open(
              new Tickets.NewTicket(
                  form.getKind(),
                  form.getSubject(),
                  form.getContactName(),
                  form.getContactHandle(),
                  form.getPlatformId(),
                  form.getChannel(),
                  form.getContent(),
                  form.getAssigneeId(),
                  null),
              permissions.caller().map(Principal::getName).orElse(Caller.ANONYMOUS));
      return "/online-ops/ticket?faces-redirect=true&id=" + t.getId();
    } catch (ServiceRefused e) {
      ServicePage.refused(e);
      return null;
    }
  }

  public String countdown(TicketLine line) {
    return ServicePage.countdown(line.nextReplyDueAt(), Instant.now());
  }

  public boolean breached(TicketLine line) {
    return line.breachedAt(Instant.now());
  }

  public long dueMillis(TicketLine line) {
    return line.nextReplyDueAt() == null ? 0 : line.nextReplyDueAt().toEpochMilli();
  }

  public TicketKind[] getKinds() {
    return TicketKind.values();
  }

  public TicketStatus[] getStatuses() {
    return TicketStatus.values();
  }

  public List<UserAccount> getAgents() {
    return agents;
  }

  public List<Platform> getPlatforms() {
    return platforms;
  }

  public NewTicketForm getForm() {
    return form;
  }

  public TicketRows getRows() {
    return rows;
  }

  public String getChart() {
    return chart;
  }

  public boolean isChartEmpty() {
    return chartEmpty;
  }

  public TicketKind getKind() {
    return kind;
  }

  public void setKind(TicketKind kind) {
    this.kind = kind;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public void setStatus(TicketStatus status) {
    this.status = status;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isWaitingOnly() {
    return waitingOnly;
  }

  public void setWaitingOnly(boolean waitingOnly) {
    this.waitingOnly = waitingOnly;
  }

  public boolean isBreachedOnly() {
    return breachedOnly;
  }

  public void setBreachedOnly(boolean breachedOnly) {
    this.breachedOnly = breachedOnly;
  }

  /** What the agent types when a customer calls or writes. */
  public static class NewTicketForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private TicketKind kind = TicketKind.INQUIRY;
    private String subject;
    private String contactName;
    private String contactHandle;
    private Long platformId;
    private String channel;
    private String content;
    private Long assigneeId;

    public TicketKind getKind() {
      return kind;
    }

    public void setKind(TicketKind kind) {
      this.kind = kind;
    }

    public String getSubject() {
      return subject;
    }

    public void setSubject(String subject) {
      this.subject = subject;
    }

    public String getContactName() {
      return contactName;
    }

    public void setContactName(String contactName) {
      this.contactName = contactName;
    }

    public String getContactHandle() {
      return contactHandle;
    }

    public void setContactHandle(String contactHandle) {
      this.contactHandle = contactHandle;
    }

    public Long getPlatformId() {
      return platformId;
    }

    public void setPlatformId(Long platformId) {
      this.platformId = platformId;
    }

    public String getChannel() {
      return channel;
    }

    public void setChannel(String channel) {
      this.channel = channel;
    }

    public String getContent() {
      return content;
    }

    public void setContent(String content) {
      this.content = content;
    }

    public Long getAssigneeId() {
      return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
      this.assigneeId = assigneeId;
    }
  }
}
