package com.opsuite.online.service;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A customer's matter from an online channel, with who answers it and how it ended. */
@Entity
@Table(name = "online_ticket")
public class Ticket extends TenantOwned implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  static final int MAX_SUBJECT = 200;
  static final int MAX_NAME = 100;
  static final int MAX_NOTE = 1000;

  @Id
  @SequenceGenerator(
      name = "online_ticket_seq",
      sequenceName = "online_ticket_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_ticket_seq")
  private Long id;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketKind kind;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketStatus status = TicketStatus.OPEN;

  @NotBlank
  @Size(max = MAX_SUBJECT)
  @Column(nullable = false)
  private String subject;

  @NotBlank
  @Size(max = MAX_NAME)
  @Column(name = "contact_name", nullable = false)
  private String contactName;

  @Size(max = MAX_NAME)
  @Column(name = "contact_handle")
  private String contactHandle;

  @Column(name = "platform_id")
  private Long platformId;

  @Size(max = MAX_NAME)
  private String channel;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Column(name = "department_id")
  private Long departmentId;

  private String result;

  @Min(1)
  @Max(5)
  private Integer satisfaction;

  @Size(max = MAX_NOTE)
  @Column(name = "satisfaction_note")
  private String satisfactionNote;

  @Column(name = "callback_at")
  private Instant callbackAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_outcome")
  private ReviewOutcome reviewOutcome;

  @Size(max = MAX_NOTE)
  @Column(name = "review_note")
  private String reviewNote;

  @Column(name = "reviewed_by")
  private Long reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected Ticket() {}

  Ticket(TicketKind kind, String subject, String contactName, Instant createdAt) {
    this.kind = kind;
    this.subject = subject;
    this.contactName = contactName;
    this.createdAt = createdAt;
  }

  void handOver(long departmentId) {
    this.departmentId = departmentId;
    this.status = TicketStatus.HANDED_OVER;
  }

  void resultSent(String result) {
    this.result = result;
    this.status = TicketStatus.RESULT_SENT;
  }

  void calledBack(int score, String note, Instant at) {
    this.satisfaction = score;
    this.satisfactionNote = note;
    this.callbackAt = at;
    close(at);
  }

  void reviewed(ReviewOutcome outcome, String note, long by, Instant at) {
    this.reviewOutcome = outcome;
    this.reviewNote = note;
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.status = TicketStatus.REVIEWED;
  }

  void close(Instant at) {
    this.status = TicketStatus.CLOSED;
    this.closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public TicketKind getKind() {
    return kind;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public String getSubject() {
    return subject;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactHandle() {
    return contactHandle;
  }

  void setContactHandle(String contactHandle) {
    this.contactHandle = contactHandle;
  }

  public Long getPlatformId() {
    return platformId;
  }

  void setPlatformId(Long platformId) {
    this.platformId = platformId;
  }

  public String getChannel() {
    return channel;
  }

  void setChannel(String channel) {
    this.channel = channel;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public String getResult() {
    return result;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public String getSatisfactionNote() {
    return satisfactionNote;
  }

  public Instant getCallbackAt() {
    return callbackAt;
  }

  public ReviewOutcome getReviewOutcome() {
    return reviewOutcome;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public Long getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }
}
