package com.opsuite.gas.theft;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a theft case's history: what happened, by whom, when (an amount where one was paid).
 */
@Entity
@Table(name = "gas_theft_case_event")
public class TheftCaseEvent extends TenantOwned {

  /** What happened. */
  public enum Kind {
    OPENED,
    SUBMITTED,
    APPROVED,
    REJECTED,
    RETURNED,
    WITHDRAWN,
    SUPPLY_STOPPED,
    COMPENSATION_RECEIVED,
    ESCALATED,
    CLOSED
  }

  @Id
  @SequenceGenerator(
      name = "gas_theft_case_event_seq",
      sequenceName = "gas_theft_case_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_theft_case_event_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "amount_yuan", updatable = false)
  private BigDecimal amountYuan;

  @Column(updatable = false)
  private String note;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private Instant at = Instant.now();

  protected TheftCaseEvent() {}

  public TheftCaseEvent(Long caseId, Kind kind, BigDecimal amountYuan, String note, String actor) {
    this.caseId = caseId;
    this.kind = kind;
    this.amountYuan = amountYuan;
    this.note = note;
    this.actor = actor;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Kind getKind() {
    return kind;
  }

  public BigDecimal getAmountYuan() {
    return amountYuan;
  }

  public String getNote() {
    return note;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }
}
