package com.opsuite.gas.blacklist;

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

/**
 * A customer on the no-purchase blacklist from the day listed until the day they left it, with the
 * reason (a purchase, or a supervisor's decision) and the audit task it made.
 */
@Entity
@Table(name = "gas_blacklist_entry")
public class BlacklistEntry extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_blacklist_entry_seq",
      sequenceName = "gas_blacklist_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_blacklist_entry_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "listed_on", nullable = false, updatable = false)
  private LocalDate listedOn;

  @Column(name = "last_purchase_on", updatable = false)
  private LocalDate lastPurchaseOn;

  @Column(name = "task_id")
  private Long taskId;

  @Column(name = "left_on")
  private LocalDate leftOn;

  @Column(name = "leave_reason")
  private String leaveReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected BlacklistEntry() {}

  public BlacklistEntry(Long customerId, LocalDate listedOn, LocalDate lastPurchaseOn) {
    this.customerId = customerId;
    this.listedOn = listedOn;
    this.lastPurchaseOn = lastPurchaseOn;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public LocalDate getListedOn() {
    return listedOn;
  }

  public LocalDate getLastPurchaseOn() {
    return lastPurchaseOn;
  }

  public Long getTaskId() {
    return taskId;
  }

  public void setTaskId(Long taskId) {
    this.taskId = taskId;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public void setLeftOn(LocalDate leftOn) {
    this.leftOn = leftOn;
  }

  public String getLeaveReason() {
    return leaveReason;
  }

  public void setLeaveReason(String leaveReason) {
    this.leaveReason = leaveReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
