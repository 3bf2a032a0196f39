package com.opsuite.online.service;

/**
 * Where a ticket is. Inquiries go OPEN to CLOSED; complaints OPEN, HANDED_OVER (to the responsible
 * department), RESULT_SENT (the outcome fed back to the customer) and CLOSED by the satisfaction
 * callback; suggestions OPEN to REVIEWED.
 */
public enum TicketStatus {
  OPEN,
  HANDED_OVER,
  RESULT_SENT,
  REVIEWED,
  CLOSED
}
