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
import jakarta.validation.constraints.Size;

/** What one review decided about one suggestion; written with the review and never changed. */
@Entity
@Table(name = "online_suggestion_decision")
public class SuggestionDecision extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_suggestion_decision_seq",
      sequenceName = "online_suggestion_decision_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_suggestion_decision_seq")
  private Long id;

  @Column(name = "review_id", nullable = false, updatable = false)
  private long reviewId;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SuggestionDecisionKind decision;

  @Size(max = Ticket.MAX_NOTE)
  @Column(updatable = false)
  private String note;

  protected SuggestionDecision() {}

  SuggestionDecision(long reviewId, long ticketId, SuggestionDecisionKind decision, String note) {
    this.reviewId = reviewId;
    this.ticketId = ticketId;
    this.decision = decision;
    this.note = note;
  }

  public long getReviewId() {
    return reviewId;
  }

  public long getTicketId() {
    return ticketId;
  }

  public SuggestionDecisionKind getDecision() {
    return decision;
  }

  public String getNote() {
    return note;
  }
}
