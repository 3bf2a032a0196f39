package com.opsuite.core.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An entry of the platform's own append-only record: operator sign-ins, tenant status changes. */
@Entity
@Table(name = "platform_event")
public class PlatformEvent {

  @Id
  @SequenceGenerator(
      name = "platform_event_seq",
      sequenceName = "platform_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_event_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt = Instant.now();

  @Column(nullable = false, length = 200)
  private String actor;

  @Column(name = "source_address", length = 64)
  private String sourceAddress;

  @Column(nullable = false, length = 80)
  private String action;

  @Column(length = 200)
  private String target;

  protected PlatformEvent() {}

  PlatformEvent(String actor, String sourceAddress, String action, String target) {
    this.actor = actor;
    this.sourceAddress = sourceAddress;
    this.action = action;
    this.target = target;
  }
}
