package com.opsuite.online.service;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket as a list or page shows it: with the names behind its ids and its reply clock, the
 * earliest due instant of its unanswered customer messages (null when none waits).
 */
public record TicketLine(
    long id,
    TicketKind kind,
    TicketStatus status,
    String subject,
    String contactName,
    String contactHandle,
    Long platformId,
    String channel,
    Long assigneeId,
    String assigneeName,
    Long departmentId,
    String departmentName,
    Instant nextReplyDueAt,
    int waitingMessages,
    Instant createdAt,
    long version)
    implements Serializable {

  public boolean breachedAt(Instant now) {
    return nextReplyDueAt != null && !nextReplyDueAt.isAfter(now);
  }

  /** Minutes until the next reply is due (negative once overdue), or null when none waits. */
  public Long minutesLeftAt(Instant now) {
    return nextReplyDueAt == null ? null : Duration.between(now, nextReplyDueAt).toMinutes();
  }
}
