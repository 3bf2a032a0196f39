package com.opsuite.core.confidentiality;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * Base of business records that can be marked confidential. EclipseLink adds the criteria below to
 * every query, find and relationship read of a subclass, so a confidential row never reaches a
 * caller without {@code core.confidential.read}, whichever query a module writes. The parameter is
 * bound per transaction by {@link ConfidentialAccess}.
 *
 * <p>A subclass must not declare its own {@code @AdditionalCriteria}: EclipseLink would then drop
 * this one.
 */
@MappedSuperclass
@AdditionalCriteria(
    "this.classification <> com.opsuite.core.confidentiality.Classification.CONFIDENTIAL OR :"
        + ClassifiedRecord.READ_PARAMETER
        + " = '"
        + ClassifiedRecord.READABLE
        + "'")
public abstract class ClassifiedRecord extends TenantOwned {

  /** The EntityManager property the criteria read; also the JPQL parameter's name. */
  public static final String READ_PARAMETER = "opsuiteConfidential";

  static final String READABLE = "readable";
  static final String HIDDEN = "hidden";

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "classification", nullable = false, length = 20)
  private Classification classification = Classification.INTERNAL;

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }

  public boolean isConfidential() {
    return classification == Classification.CONFIDENTIAL;
  }
}
