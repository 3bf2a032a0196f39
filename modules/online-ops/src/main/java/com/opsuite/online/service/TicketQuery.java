package com.opsuite.online.service;

import java.io.Serializable;

/**
 * What the ticket list is filtered by; nulls and false mean "any". {@code waiting}: a customer
 * message is still unanswered; {@code breached}: one of those is past its due instant.
 */
public record TicketQuery(
    TicketKind kind,
    TicketStatus status,
    Long assigneeId,
    String text,
    boolean waiting,
    boolean breached)
    implements Serializable {

  public static TicketQuery all() {
    return new TicketQuery(null, null, null, null, false, false);
  }
}
