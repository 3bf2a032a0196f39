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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * One message of a ticket's thread. A customer's message carries the instant its reply is due and,
 * once answered, when and by whom: the due instant stays so the SLA measure can tell in time from
 * late; "waiting" is a customer message without {@code repliedAt}.
 */
@Entity
@Table(name = "online_ticket_message")
public class TicketMessage extends TenantOwned implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "online_ticket_message_seq",
      sequenceName = "online_ticket_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_ticket_message_seq")
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MessageDirection direction;

  @NotBlank
  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "author_id", updatable = false)
  private Long authorId;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "reply_due_at", updatable = false)
  private Instant replyDueAt;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "answered_by")
  private Long answeredBy;

  protected TicketMessage() {}

  private TicketMessage(
      long ticketId, MessageDirection direction, String body, Long authorId, Instant at) {
    this.ticketId = ticketId;
    this.direction = direction;
    this.body = body;
    this.authorId = authorId;
    this.at = at;
  }

  static TicketMessage fromCustomer(long ticketId, String body, Instant at, Instant due) {
    TicketMessage m = new TicketMessage(ticketId, MessageDirection.CUSTOMER, body, null, at);
    m.replyDueAt = due;
    return m;
  }

  static TicketMessage ours(
      long ticketId, MessageDirection direction, String body, long authorId, Instant at) {
    return new TicketMessage(ticketId, direction, body, authorId, at);
  }

  void answered(long by, Instant at) {
    this.answeredBy = by;
    this.repliedAt = at;
  }

  public boolean isWaiting() {
    return direction == MessageDirection.CUSTOMER && repliedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
  }

  public MessageDirection getDirection() {
    return direction;
  }

  public String getBody() {
    return body;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public Instant getAt() {
    return at;
  }

  public Instant getReplyDueAt() {
    return replyDueAt;
  }

  public Instant getRepliedAt() {
    return repliedAt;
  }

  public Long getAnsweredBy() {
    return answeredBy;
  }
}
