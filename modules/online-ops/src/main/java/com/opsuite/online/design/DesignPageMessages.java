package com.opsuite.online.design;

import com.opsuite.online.OnlineTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Puts the design, budget and expense messages on a page, in the page's language. */
public final class DesignPageMessages {

  private DesignPageMessages() {}

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static String text(String key, Object... args) {
    return OnlineTexts.text(locale(), key, args);
  }

  /** A refusal at the top of the page; the postback counts as failed. */
  public static void refused(DesignRefusedException e) {
    add(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args(locale())));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void warn(String key, Object... args) {
    add(FacesMessage.SEVERITY_WARN, text(key, args));
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}
