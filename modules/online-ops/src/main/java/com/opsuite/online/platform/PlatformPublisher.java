package com.opsuite.online.platform;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A user allowed to publish on a platform besides its owner. */
@Entity
@Table(name = "online_platform_publisher")
@IdClass(PlatformPublisherKey.class)
public class PlatformPublisher extends TenantOwned {

  @Id
  @Column(name = "platform_id", nullable = false, updatable = false)
  private Long platformId;

  @Id
  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  protected PlatformPublisher() {}

  public PlatformPublisher(Long platformId, Long userId) {
    this.platformId = platformId;
    this.userId = userId;
  }

  public Long getPlatformId() {
    return platformId;
  }

  public Long getUserId() {
    return userId;
  }
}
