package com.opsuite.gas.fieldcase;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A building or structure over a gas pipeline, negotiated with its owner until removed. */
@Entity
@Table(name = "gas_occupation")
public class Occupation extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_occupation_seq",
      sequenceName = "gas_occupation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_occupation_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String location;

  @Column(nullable = false, updatable = false)
  private String structure;

  @Column(name = "owner_name", nullable = false, updatable = false)
  private String ownerName;

  @Column(name = "owner_phone", updatable = false)
  private String ownerPhone;

  @Column(name = "found_on", nullable = false, updatable = false)
  private LocalDate foundOn;

  /** OPEN or REMOVED. */
  @Column(nullable = false)
  private String status = "OPEN";

  @Column(name = "removed_on")
  private LocalDate removedOn;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private Long recordedBy;

  @Version private long version;

  protected Occupation() {}

  public Occupation(
      String location,
      String structure,
      String ownerName,
      String ownerPhone,
      LocalDate foundOn,
      Long recordedBy) {
    this.location = location;
    this.structure = structure;
    this.ownerName = ownerName;
    this.ownerPhone = ownerPhone;
    this.foundOn = foundOn;
    this.recordedBy = recordedBy;
  }

  void removed(LocalDate on) {
    this.status = "REMOVED";
    this.removedOn = on;
  }

  public boolean isRemoved() {
    return removedOn != null;
  }

  public Long getId() {
    return id;
  }

  public String getLocation() {
    return location;
  }

  public String getStructure() {
    return structure;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getOwnerPhone() {
    return ownerPhone;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public String getStatus() {
    return status;
  }

  public LocalDate getRemovedOn() {
    return removedOn;
  }

  public long getVersion() {
    return version;
  }
}
