package com.opsuite.online.cadence;

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

/** A fixed column of a platform (a site section, a recurring feature), reviewed every month. */
@Entity
@Table(name = "online_cadence_column")
public class CadenceColumn extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_cadence_column_seq",
      sequenceName = "online_cadence_column_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_cadence_column_seq")
  private Long id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  private Long platformId;

  @Column(nullable = false)
  private String name;

  @Column(name = "last_reviewed_on")
  private LocalDate lastReviewedOn;

  @Column(name = "reviewed_by")
  private Long reviewedBy;

  @Column(name = "created_on", nullable = false, updatable = false)
  private LocalDate createdOn;

  @Version private long version;

  protected CadenceColumn() {}

  public CadenceColumn(Long platformId, String name, LocalDate createdOn) {
    this.platformId = platformId;
    this.name = name;
    this.createdOn = createdOn;
  }

  public Long getId() {
    return id;
  }

  public Long getPlatformId() {
    return platformId;
  }

  public String getName() {
    return name;
  }

  public LocalDate getLastReviewedOn() {
    return lastReviewedOn;
  }

  public Long getReviewedBy() {
    return reviewedBy;
  }

  public LocalDate getCreatedOn() {
    return createdOn;
  }

  public void reviewed(LocalDate on, Long by) {
    if (lastReviewedOn == null || on.isAfter(lastReviewedOn)) {
      lastReviewedOn = on;
      reviewedBy = by;
    }
  }

  public long getVersion() {
    return version;
  }
}
