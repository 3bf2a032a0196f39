package com.opsuite.core.calendar;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A day the tenant's calendar treats differently from the built-in one. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends TenantOwned {

  @Id private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private DayKind kind;

  @Column(length = 200)
  private String note;

  @Column(name = "updated_by", length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, DayKind kind, String note, String by) {
    this.day = day;
    set(kind, note, by);
  }

  public void set(DayKind kind, String note, String by) {
    this.kind = kind;
    this.note = note;
    this.updatedBy = by;
    this.updatedAt = Instant.now();
  }

  public LocalDate getDay() {
    return day;
  }

  public DayKind getKind() {
    return kind;
  }

  public String getNote() {
    return note;
  }
}
