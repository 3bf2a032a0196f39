package com.opsuite.online.design;

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
import java.time.Instant;

/** A line of a design request's history: the status it reached, who moved it, and why. */
@Entity
@Table(name = "online_design_event")
public class DesignEvent extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_design_event_seq",
      sequenceName = "online_design_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_design_event_seq")
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DesignStatus status;

  @Column(updatable = false)
  private String note;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private Instant at = Instant.now();

  protected DesignEvent() {}

  DesignEvent(Long requestId, DesignStatus status, String note, String actor) {
    this.requestId = requestId;
    this.status = status;
    this.note = note;
    this.actor = actor;
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
  }

  public DesignStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }
}
