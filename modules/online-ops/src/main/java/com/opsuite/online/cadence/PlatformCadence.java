package com.opsuite.online.cadence;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A platform's own cadence, overriding the module settings where a field is set: a website that
 * must be updated five times a week, an app that is updated weekly, a WeChat account on working
 * days only.
 */
@Entity
@Table(name = "online_cadence_rule")
public class PlatformCadence extends TenantOwned {

  @Id
  @Column(name = "platform_id", nullable = false, updatable = false)
  private Long platformId;

  @Column(name = "weekly_min")
  private Integer weeklyMin;

  @Column(name = "daily_min")
  private Integer dailyMin;

  @Column(name = "working_days_only")
  private Boolean workingDaysOnly;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected PlatformCadence() {}

  public PlatformCadence(Long platformId) {
    this.platformId = platformId;
  }

  public Long getPlatformId() {
    return platformId;
  }

  public Integer getWeeklyMin() {
    return weeklyMin;
  }

  public Integer getDailyMin() {
    return dailyMin;
  }

  public Boolean getWorkingDaysOnly() {
    return workingDaysOnly;
  }

  public void set(Integer weeklyMin, Integer dailyMin, Boolean workingDaysOnly) {
    this.weeklyMin = weeklyMin;
    this.dailyMin = dailyMin;
    this.workingDaysOnly = workingDaysOnly;
    this.updatedAt = Instant.now();
  }

  public long getVersion() {
    return version;
  }
}
