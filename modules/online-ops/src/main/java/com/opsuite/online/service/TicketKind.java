package com.opsuite.online.service;

/** What a customer wrote about: a question, a complaint to follow up, a suggestion to review. */
public enum TicketKind {
  INQUIRY,
  COMPLAINT,
  SUGGESTION
}
