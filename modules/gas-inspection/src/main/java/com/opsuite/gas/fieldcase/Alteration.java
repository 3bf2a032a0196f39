package com.opsuite.gas.fieldcase;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * An illegal pipe alteration or a private water-heater or boiler hookup found at a customer's: to
 * be rectified by a deadline; a refusal is reported to the authorities.
 */
@Entity
@Table(name = "gas_alteration")
public class Alteration extends TenantOwned {

  /** What was found. */
  public enum Kind {
    PIPE_ALTERATION,
    WATER_HEATER,
    BOILER
  }

  /** Open until rectified, or reported to the authorities after a refusal. */
  public enum Status {
    OPEN,
    RECTIFIED,
    REPORTED
  }

  @Id
  @SequenceGenerator(
      name = "gas_alteration_seq",
      sequenceName = "gas_alteration_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_alteration_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(nullable = false, updatable = false)
  private String description;

  @Column(name = "found_on", nullable = false, updatable = false)
  private LocalDate foundOn;

  @Column(name = "deadline_on", nullable = false, updatable = false)
  private LocalDate deadlineOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column private String authority;

  @Column(name = "resolution_note")
  private String resolutionNote;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private Long recordedBy;

  @Version private long version;

  protected Alteration() {}

  public Alteration(
      Long customerId,
      Kind kind,
      String description,
      LocalDate foundOn,
      LocalDate deadlineOn,
      Long recordedBy) {
    this.customerId = customerId;
    this.kind = kind;
    this.description = description;
    this.foundOn = foundOn;
    this.deadlineOn = deadlineOn;
    this.recordedBy = recordedBy;
  }

  /** Closes the case: rectified, or reported to the named authority after a refusal. */
  void resolve(Status outcome, String authority, String note) {
    this.status = outcome;
    this.authority = authority;
    this.resolutionNote = note;
    this.resolvedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public LocalDate getDeadlineOn() {
    return deadlineOn;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getAuthority() {
    return authority;
  }

  public String getResolutionNote() {
    return resolutionNote;
  }

  public Long getRecordedBy() {
    return recordedBy;
  }

  public long getVersion() {
    return version;
  }
}
