package com.opsuite.core.audit;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a tenant's audit log. Immutable here, and append-only in the database. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {

  static final int MAX_VALUE = 4000;

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt = Instant.now();

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  @Column(name = "source_address", length = 64, updatable = false)
  private String sourceAddress;

  @Column(nullable = false, length = 80, updatable = false)
  private String action;

  @Column(length = 200, updatable = false)
  private String target;

  @Column(name = "before_value", length = MAX_VALUE, updatable = false)
  private String beforeValue;

  @Column(name = "after_value", length = MAX_VALUE, updatable = false)
  private String afterValue;

  protected AuditEvent() {}

  AuditEvent(
      String actor,
      String sourceAddress,
      String action,
      String target,
      String beforeValue,
      String afterValue) {
    this.actor = actor;
    this.sourceAddress = sourceAddress;
    this.action = action;
    this.target = target;
    this.beforeValue = clip(beforeValue);
    this.afterValue = clip(afterValue);
  }

  private static String clip(String value) {
    return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getBeforeValue() {
    return beforeValue;
  }

  public String getAfterValue() {
    return afterValue;
  }
}
