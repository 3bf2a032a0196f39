package com.opsuite.gas.certificate;

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
import java.time.LocalDate;

/** One line of a customer's gas use certificate (用户使用证): an annual inspection or a repair. */
@Entity
@Table(name = "gas_certificate_entry")
public class CertificateEntry extends TenantOwned {

  /** What was done at the customer's. */
  public enum Kind {
    INSPECTION,
    REPAIR
  }

  @Id
  @SequenceGenerator(
      name = "gas_certificate_entry_seq",
      sequenceName = "gas_certificate_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_certificate_entry_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "entry_on", nullable = false, updatable = false)
  private LocalDate entryOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(nullable = false, updatable = false)
  private String result;

  @Column(name = "performed_by", nullable = false, updatable = false)
  private Long performedBy;

  @Column(name = "inspection_id", updatable = false)
  private Long inspectionId;

  /** What wrote the line ({@code inspection:<id>}, {@code notice:<no>}), once each; may be null. */
  @Column(name = "source_ref", updatable = false)
  private String sourceRef;

  protected CertificateEntry() {}

  public CertificateEntry(
      Long customerId,
      LocalDate entryOn,
      Kind kind,
      String result,
      Long performedBy,
      Long inspectionId,
      String sourceRef) {
    this.customerId = customerId;
    this.entryOn = entryOn;
    this.kind = kind;
    this.result = result;
    this.performedBy = performedBy;
    this.inspectionId = inspectionId;
    this.sourceRef = sourceRef;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public LocalDate getEntryOn() {
    return entryOn;
  }

  public Kind getKind() {
    return kind;
  }

  public String getResult() {
    return result;
  }

  public Long getPerformedBy() {
    return performedBy;
  }

  public Long getInspectionId() {
    return inspectionId;
  }

  public String getSourceRef() {
    return sourceRef;
  }
}
