package com.opsuite.gas.fieldcase;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated entry of the negotiation with an occupation's owner. */
@Entity
@Table(name = "gas_occupation_note")
public class OccupationNote extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_occupation_note_seq",
      sequenceName = "gas_occupation_note_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_occupation_note_seq")
  private Long id;

  @Column(name = "occupation_id", nullable = false, updatable = false)
  private Long occupationId;

  @Column(name = "noted_on", nullable = false, updatable = false)
  private LocalDate notedOn;

  @Column(nullable = false, updatable = false)
  private String note;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private Long recordedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  protected OccupationNote() {}

  public OccupationNote(Long occupationId, LocalDate notedOn, String note, Long recordedBy) {
    this.occupationId = occupationId;
    this.notedOn = notedOn;
    this.note = note;
    this.recordedBy = recordedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getOccupationId() {
    return occupationId;
  }

  public LocalDate getNotedOn() {
    return notedOn;
  }

  public String getNote() {
    return note;
  }

  public Long getRecordedBy() {
    return recordedBy;
  }
}
