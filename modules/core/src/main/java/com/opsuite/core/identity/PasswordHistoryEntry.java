package com.opsuite.core.identity;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A password an account had before, kept as its hash so it is not chosen again too soon. */
@Entity
@Table(name = "password_history")
@IdClass(PasswordHistoryEntry.Key.class)
public class PasswordHistoryEntry extends TenantOwned {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Id
  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  protected PasswordHistoryEntry() {}

  PasswordHistoryEntry(Long userId, Instant changedAt, String passwordHash) {
    this.userId = userId;
    this.changedAt = changedAt;
    this.passwordHash = passwordHash;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  /** The entry's key within the tenant. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long userId;
    private Instant changedAt;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && Objects.equals(userId, other.userId)
          && Objects.equals(changedAt, other.changedAt);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, changedAt);
    }
  }
}
