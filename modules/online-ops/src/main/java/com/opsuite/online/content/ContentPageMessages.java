package com.opsuite.online.content;

import com.opsuite.online.OnlineTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Puts the content pages' messages on the page, in the view's language. */
final class ContentPageMessages {

  private ContentPageMessages() {}

  static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.SIMPLIFIED_CHINESE;
  }

  static String text(String key, Object... args) {
    return OnlineTexts.text(locale(), key, args);
  }

  /** A refusal: beside each refused field when the form has it, else at the top. */
  static void refused(ContentRefusedException e, String clientIdPrefix) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e.violations().isEmpty()) {
      String text = text(e.messageKey(), e.args());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    } else {
      for (ContentRefusedException.Violation v : e.violations()) {
        String text = text(v.messageKey(), v.args());
        String id = clientIdPrefix == null ? null : clientIdPrefix + v.field();
        faces.addMessage(id, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        if (id != null) {
          // Also at the top, so a phone user scrolled down sees why nothing happened.
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
      }
    }
    faces.validationFailed();
  }

  static void info(String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
