package com.opsuite.core.notification;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** How a user wants to be told: by mail or not, and in which language (null: the tenant's). */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends TenantOwned {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "email_enabled", nullable = false)
  private boolean emailEnabled = true;

  @Column(name = "mail_language", length = 10)
  private String mailLanguage;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected NotificationPreference() {}

  NotificationPreference(long userId) {
    this.userId = userId;
  }

  public Long getUserId() {
    return userId;
  }

  public boolean isEmailEnabled() {
    return emailEnabled;
  }

  /** A BCP 47 tag of a supported language, or null for the tenant's language. */
  public String getMailLanguage() {
    return mailLanguage;
  }

  void change(boolean emailEnabled, String mailLanguage) {
    this.emailEnabled = emailEnabled;
    this.mailLanguage = mailLanguage;
    this.updatedAt = Instant.now();
  }
}
