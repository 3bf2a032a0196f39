package com.opsuite.core.notification;

/**
 * One thing to tell one or more users about an approval; {@code onBehalfOf} names the approver a
 * delegate stands in for (null when the recipient is asked in their own right).
 */
record Notice(NotificationKind kind, ApprovalSubject subject, String onBehalfOf) {

  Notice(NotificationKind kind, ApprovalSubject subject) {
    this(kind, subject, null);
  }
}
