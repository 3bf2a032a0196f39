package com.opsuite.gas.registry;

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

/** The gas meter of a customer connection; its seal is what the anti-theft rules check. */
@Entity
@Table(name = "gas_meter")
public class Meter extends TenantOwned {

  @Id
  @SequenceGenerator(name = "gas_meter_seq", sequenceName = "gas_meter_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_meter_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "meter_no", nullable = false, updatable = false)
  private String meterNo;

  @Column(name = "meter_type", nullable = false)
  private String meterType;

  @Column(name = "seal_no")
  private String sealNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "seal_state", nullable = false)
  private SealState sealState = SealState.NONE;

  @Column(name = "installed_on")
  private LocalDate installedOn;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Meter() {}

  public Meter(Long customerId, String meterNo, String meterType) {
    this.customerId = customerId;
    this.meterNo = meterNo;
    this.meterType = meterType;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getMeterNo() {
    return meterNo;
  }

  public String getMeterType() {
    return meterType;
  }

  public void setMeterType(String meterType) {
    this.meterType = meterType;
  }

  public String getSealNo() {
    return sealNo;
  }

  public void setSealNo(String sealNo) {
    this.sealNo = sealNo;
  }

  public SealState getSealState() {
    return sealState;
  }

  public void setSealState(SealState sealState) {
    this.sealState = sealState;
  }

  public LocalDate getInstalledOn() {
    return installedOn;
  }

  public void setInstalledOn(LocalDate installedOn) {
    this.installedOn = installedOn;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
