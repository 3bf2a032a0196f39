package com.opsuite.gas.problem;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Puts the module's messages on a page, in the page's language. */
public final class PageMessages {

  private PageMessages() {}

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static String text(String key, Object... args) {
    return GasTexts.text(locale(), key, args);
  }

  /** A refusal at the top of the page; the postback counts as failed. */
  public static void refused(GasRefusedException e) {
    add(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}
