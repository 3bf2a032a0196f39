package com.opsuite.online.service;

/** A reminder to the assignee before a reply is due, or an escalation once it is overdue. */
public enum AlertStage {
  REMINDER,
  ESCALATION
}
