package com.opsuite.online.data;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A platform's figures for one ISO week. One row per platform and week: entering or importing the
 * week again replaces the figures. Followers is the count at the week's end; the other figures are
 * what happened during the week.
 */
@Entity
@Table(name = "online_platform_week")
@IdClass(PlatformWeekKey.class)
public class PlatformWeek extends TenantOwned {

  @Id
  @Column(name = "platform_id", nullable = false, updatable = false)
  private Long platformId;

  @Id
  @Column(name = "week_start", nullable = false, updatable = false)
  private LocalDate weekStart;

  @Column(nullable = false)
  private long followers;

  @Column(name = "new_followers")
  private Long newFollowers;

  @Column(nullable = false)
  private long reads;

  @Column(nullable = false)
  private long interactions;

  @Column(nullable = false)
  private long visits;

  @Column(nullable = false)
  private long conversions;

  @Column(name = "entered_by")
  private String enteredBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected PlatformWeek() {}

  public PlatformWeek(long platformId, IsoWeek week) {
    this.platformId = platformId;
    this.weekStart = week.monday();
  }

  /** Replaces the figures; returns whether anything changed. */
  public boolean set(WeekFigures f, String by) {
    if (f.equals(figures())) {
      return false;
    }
    followers = f.followers();
    newFollowers = f.newFollowers();
    reads = f.reads();
    interactions = f.interactions();
    visits = f.visits();
    conversions = f.conversions();
    enteredBy = by;
    updatedAt = Instant.now();
    return true;
  }

  public WeekFigures figures() {
    return new WeekFigures(followers, newFollowers, reads, interactions, visits, conversions);
  }

  public Long getPlatformId() {
    return platformId;
  }

  public IsoWeek getWeek() {
    return IsoWeek.of(weekStart);
  }

  public LocalDate getWeekStart() {
    return weekStart;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
