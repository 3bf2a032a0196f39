package com.opsuite.online.service;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** The review of one period's suggestions: who reviewed them and when (one per period). */
@Entity
@Table(name = "online_suggestion_review")
public class SuggestionReview extends TenantOwned implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "online_suggestion_review_seq",
      sequenceName = "online_suggestion_review_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_suggestion_review_seq")
  private Long id;

  @Column(name = "period_key", nullable = false, updatable = false)
  private String periodKey;

  @Column(name = "first_day", nullable = false, updatable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false, updatable = false)
  private LocalDate lastDay;

  @Column(name = "reviewer_id", nullable = false, updatable = false)
  private long reviewerId;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  private Instant reviewedAt;

  @Size(max = Ticket.MAX_NOTE)
  private String note;

  @Version private long version;

  protected SuggestionReview() {}

  SuggestionReview(SuggestionPeriod period, long reviewerId, Instant at, String note) {
    this.periodKey = period.key();
    this.firstDay = period.firstDay();
    this.lastDay = period.lastDay();
    this.reviewerId = reviewerId;
    this.reviewedAt = at;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public long getReviewerId() {
    return reviewerId;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getNote() {
    return note;
  }

  public long getVersion() {
    return version;
  }
}
