package com.opsuite.core.mail;

/** A plain-text message to one recipient. */
public record OutgoingMail(String to, String subject, String body) {

  @Override
  public String toString() {
    // The body may hold a one-time link; it stays out of logs.
    return "OutgoingMail[to=" + to + ", subject=" + subject + "]";
  }
}
