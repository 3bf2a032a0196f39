package com.opsuite.core.org;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A staff member holding a position from one day to another (inclusive; open-ended when {@code
 * endsOn} is empty). An acting assignment covers a position for a period, e.g. during leave.
 */
@Entity
@Table(name = "position_assignment")
public class Assignment extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "position_assignment_seq",
      sequenceName = "position_assignment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_assignment_seq")
  private Long id;

  @Column(name = "staff_id", nullable = false)
  private Long staffId;

  @Column(name = "position_id", nullable = false)
  private Long positionId;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(nullable = false)
  private boolean acting;

  @Version private long version;

  protected Assignment() {}

  Assignment(Long staffId, Long positionId, LocalDate startsOn, LocalDate endsOn, boolean acting) {
    this.staffId = staffId;
    this.positionId = positionId;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.acting = acting;
  }

  public Long getId() {
    return id;
  }

  public Long getStaffId() {
    return staffId;
  }

  public Long getPositionId() {
    return positionId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public boolean isActing() {
    return acting;
  }

  public long getVersion() {
    return version;
  }

  /** Whether it is in force on the day. */
  public boolean covers(LocalDate day) {
    return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
  }

  /** Whether the two periods share a day. */
  boolean overlaps(LocalDate from, LocalDate to) {
    return (to == null || !startsOn.isAfter(to)) && (endsOn == null || !endsOn.isBefore(from));
  }
}
