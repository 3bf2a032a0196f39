package com.opsuite.core.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The approval a notification is about, as its texts name it: title and reference as submitted, the
 * type's and the step's names in each supported language. {@code stepNo} (and so {@code
 * stepLabels}) is absent for an outcome; {@code dueAt} when the step has no deadline.
 */
record ApprovalSubject(
    long approvalId,
    String title,
    String documentRef,
    long submitterUserId,
    Integer stepNo,
    Map<Locale, String> typeLabels,
    Map<Locale, String> stepLabels,
    Instant dueAt) {

  ApprovalSubject {
    typeLabels = Map.copyOf(typeLabels);
    stepLabels = Map.copyOf(stepLabels);
  }

  String typeLabel(Locale locale) {
    return typeLabels.get(locale);
  }

  String stepLabel(Locale locale) {
    return stepLabels.get(locale);
  }
}
