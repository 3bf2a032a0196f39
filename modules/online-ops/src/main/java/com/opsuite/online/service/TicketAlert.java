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
import java.time.Instant;

/** A reminder or escalation sent about one customer message; the table allows one per stage. */
@Entity
@Table(name = "online_ticket_alert")
public class TicketAlert extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_ticket_alert_seq",
      sequenceName = "online_ticket_alert_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_ticket_alert_seq")
  private Long id;

  @Column(name = "message_id", nullable = false, updatable = false)
  private long messageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AlertStage stage;

  /** The user ids told, comma-separated, for the record. */
  @Column(nullable = false, updatable = false)
  private String recipients;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected TicketAlert() {}

  TicketAlert(long messageId, AlertStage stage, String recipients, Instant sentAt) {
    this.messageId = messageId;
    this.stage = stage;
    this.recipients = recipients;
    this.sentAt = sentAt;
  }

  public Long getId() {
    return id;
  }

  public long getMessageId() {
    return messageId;
  }

  public AlertStage getStage() {
    return stage;
  }

  public String getRecipients() {
    return recipients;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
