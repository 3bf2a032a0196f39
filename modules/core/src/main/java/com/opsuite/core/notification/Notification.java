package com.opsuite.core.notification;

import com.opsuite.core.i18n.SupportedLocales;
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
import java.util.Locale;

/**
 * One thing a user was told about an approval, in both languages as it read at the time (like a
 * mail, it does not change when labels do), until they read it.
 */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwned {

  static final int MAX_TEXT = 1000;

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private NotificationKind kind;

  @Column(name = "approval_id", nullable = false, updatable = false)
  private Long approvalId;

  @Column(name = "step_no", updatable = false)
  private Integer stepNo;

  @Column(name = "text_zh", nullable = false, length = MAX_TEXT, updatable = false)
  private String textZh;

  @Column(name = "text_en", nullable = false, length = MAX_TEXT, updatable = false)
  private String textEn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "read_at")
  private Instant readAt;

  @Version private long version;

  protected Notification() {}

  Notification(
      long userId,
      NotificationKind kind,
      long approvalId,
      Integer stepNo,
      String textZh,
      String textEn) {
    this.userId = userId;
    this.kind = kind;
    this.approvalId = approvalId;
    this.stepNo = stepNo;
    this.textZh = clip(textZh);
    this.textEn = clip(textEn);
  }

  private static String clip(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  public Integer getStepNo() {
    return stepNo;
  }

  /** The text in the language asked for: Chinese, or English for any other. */
  public String text(Locale locale) {
    return SupportedLocales.CHINESE.getLanguage().equals(locale.getLanguage()) ? textZh : textEn;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }
}
