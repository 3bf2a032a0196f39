package com.opsuite.core.notification;

/** What a notification tells its recipient about one of their approvals. */
public enum NotificationKind {
  /** A step asks the recipient (or someone they stand in for) to decide. */
  ASSIGNED,
  /** The step asking the recipient passed its deadline undecided. */
  REMINDED,
  /** An overdue step was escalated to the recipient, a manager of its approvers. */
  ESCALATED,
  /** The recipient's own document was approved. */
  APPROVED,
  /** The recipient's own document was rejected. */
  REJECTED,
  /** The recipient's own document was returned to them for revision. */
  RETURNED,
  /** The recipient withdrew their own document: recorded, never mailed. */
  WITHDRAWN
}
