package com.opsuite.online.campaign;

import com.opsuite.online.OnlineTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Puts campaign messages on a page, in the page's language. */
final class CampaignPageMessages {

  private CampaignPageMessages() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  static String text(String key, Object... args) {
    return OnlineTexts.text(locale(), key, args);
  }

  /** A refusal beside each field at fault, or at the top of the page; the postback failed. */
  static void refused(CampaignRefused e, String formPrefix) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e.fields().isEmpty()) {
      String detail = text(e.messageKey(), e.args(locale()));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, detail, detail));
    }
    // The page's message list shows these too, so each problem is said once.
    for (CampaignRefused.FieldKey f : e.fields()) {
      String text =
          e.fields().size() == 1 ? text(f.messageKey(), e.args(locale())) : text(f.messageKey());
      faces.addMessage(
          formPrefix + f.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  static void info(String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
