package com.opsuite.online.service;

import com.opsuite.online.OnlineTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Texts and messages of the customer-service pages, in the page's language. */
final class ServicePage {

  private ServicePage() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  static String text(String key, Object... args) {
    return OnlineTexts.text(locale(), key, args);
  }

  static void refused(ServiceRefused e) {
    add(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args(locale())));
    FacesContext.getCurrentInstance().validationFailed();
  }

  static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  /** "3 h 20 min left" or "overdue 1 h 5 min"; empty when nothing waits. */
  static String countdown(Instant due, Instant now) {
    if (due == null) {
      return "";
    }
    Duration left = Duration.between(now, due);
    Duration shown = left.isNegative() ? left.negated() : left;
    String span = text("ticket.countdown.span", shown.toHours(), shown.toMinutesPart());
    return text(
        left.isNegative() || left.isZero() ? "ticket.countdown.overdue" : "ticket.countdown.left",
        span);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}
