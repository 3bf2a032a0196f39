package com.opsuite.online.occasion;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An event or a promotion the department writes about. The seed's cadence rules hang on its dates:
 * news of a major event within working days after it ends, promotion notices days before it starts.
 */
@Entity
@Table(name = "online_occasion")
public class Occasion extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_occasion_seq",
      sequenceName = "online_occasion_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_occasion_seq")
  private Long id;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private OccasionKind kind;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false)
  private String title;

  @NotNull
  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @NotNull
  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  /** Only major events call for news; minor ones are optional. */
  @Column(nullable = false)
  private boolean major = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Occasion() {}

  public Occasion(OccasionKind kind, String title, LocalDate startsOn, LocalDate endsOn) {
    this.kind = kind;
    this.title = title;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  public Long getId() {
    return id;
  }

  public OccasionKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public boolean isMajor() {
    return major;
  }

  public void setMajor(boolean major) {
    this.major = major;
  }

  public long getVersion() {
    return version;
  }
}
