package com.opsuite.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A company using Opsuite, in the platform's registry. Not tenant-owned itself: the registry is
 * what tenant resolution reads before any tenant is known.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TenantStatus status = TenantStatus.ACTIVE;

  @Column(nullable = false, length = 10)
  private String locale = "zh-CN";

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone = "Asia/Shanghai";

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Tenant() {}

  public Tenant(String code, String name, Locale locale, ZoneId timeZone) {
    this.code = code;
    this.name = name;
    this.locale = locale.toLanguageTag();
    this.timeZone = timeZone.getId();
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void rename(String name) {
    this.name = name;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public void suspend() {
    status = TenantStatus.SUSPENDED;
  }

  public void reactivate() {
    status = TenantStatus.ACTIVE;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(locale);
  }

  public void setLocale(Locale locale) {
    this.locale = locale.toLanguageTag();
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public void setTimeZone(ZoneId zone) {
    this.timeZone = zone.getId();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  public TenantRef ref() {
    return new TenantRef(code, getLocale(), getTimeZone());
  }
}
