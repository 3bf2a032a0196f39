package com.opsuite.online.meeting;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An improvement the monthly meeting agreed on: the month whose pack was discussed, what is to be
 * done, by whom and when, and how it stands. The next month's pack lists it with its status.
 */
@Entity
@Table(name = "online_improvement_action")
public class ImprovementAction extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_improvement_action_seq",
      sequenceName = "online_improvement_action_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_improvement_action_seq")
  private Long id;

  @Column(name = "meeting_month", nullable = false)
  private String meetingMonth;

  @Column(nullable = false)
  private String text;

  @Column(name = "owner_id")
  private Long ownerId;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status = ActionStatus.OPEN;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected ImprovementAction() {}

  public ImprovementAction(YearMonth meetingMonth, String text, Long ownerId, LocalDate dueOn) {
    this.meetingMonth = meetingMonth.toString();
    change(text, ownerId, dueOn, ActionStatus.OPEN);
  }

  public final void change(String text, Long ownerId, LocalDate dueOn, ActionStatus status) {
    this.text = text;
    this.ownerId = ownerId;
    this.dueOn = dueOn;
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public YearMonth getMeetingMonth() {
    return YearMonth.parse(meetingMonth);
  }

  public String getText() {
    return text;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
