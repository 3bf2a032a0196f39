package com.opsuite.online.campaign;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A piece of preparation work with its owner and due date: the campaign's timetable. */
@Entity
@Table(name = "online_campaign_task")
public class CampaignTask extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_campaign_task_seq",
      sequenceName = "online_campaign_task_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_campaign_task_seq")
  private Long id;

  @Column(name = "campaign_id", nullable = false, updatable = false)
  private Long campaignId;

  @Column(nullable = false)
  private String title;

  @Column(name = "owner_id", nullable = false)
  private Long ownerId;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected CampaignTask() {}

  CampaignTask(Long campaignId, String title, Long ownerId, LocalDate dueOn) {
    this.campaignId = campaignId;
    this.title = title;
    this.ownerId = ownerId;
    this.dueOn = dueOn;
  }

  public Long getId() {
    return id;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public String getTitle() {
    return title;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public boolean isDone() {
    return doneAt != null;
  }

  void setDone(boolean done) {
    this.doneAt = done ? (doneAt == null ? Instant.now() : doneAt) : null;
  }

  /** Not done and due before the given day. */
  public boolean overdueOn(LocalDate today) {
    return doneAt == null && dueOn.isBefore(today);
  }

  public long getVersion() {
    return version;
  }
}
