package com.opsuite.gas.inspection.web;

import com.opsuite.gas.inspection.InspectionRefused;
import com.opsuite.gas.inspection.InspectionTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Messages of the module's bundle at the top of the page, in the view's language. */
final class PageMessages {

  private PageMessages() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  static String text(String key, Object... args) {
    return InspectionTexts.text(locale(), key, args);
  }

  static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  static void refused(InspectionRefused e) {
    error(e.messageKey(), e.args());
    FacesContext.getCurrentInstance().validationFailed();
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}
