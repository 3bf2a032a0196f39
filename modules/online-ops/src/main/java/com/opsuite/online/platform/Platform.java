package com.opsuite.online.platform;

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

/** A platform (channel) the department publishes on: the website, a WeChat account, an app. */
@Entity
@Table(name = "online_platform")
public class Platform extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_platform_seq",
      sequenceName = "online_platform_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_platform_seq")
  private Long id;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlatformKind kind;

  @NotBlank
  @Size(max = 100)
  @Column(nullable = false)
  private String name;

  /** The user answerable for the account and its cadence. */
  @Column(name = "owner_id")
  private Long ownerId;

  @Size(max = 500)
  private String url;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Platform() {}

  public Platform(PlatformKind kind, String name, Long ownerId) {
    this.kind = kind;
    this.name = name;
    this.ownerId = ownerId;
  }

  public Long getId() {
    return id;
  }

  public PlatformKind getKind() {
    return kind;
  }

  public void setKind(PlatformKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
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
