package com.opsuite.web.faces;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Puts localized messages on the page: beside the field at fault, or at the top. */
@RequestScoped
public class Messages {

  @Inject CoreMessages texts;
  @Inject LocaleSelection locale;

  /** One message per refused field, attached to the input whose id is {@code prefix + field}. */
  public void invalid(InvalidInputException e, String clientIdPrefix) {
    FacesContext faces = FacesContext.getCurrentInstance();
    e.violations()
        .forEach(
            v -> {
              String text = texts.text(locale.getLocale(), v.messageKey(), v.args());
              faces.addMessage(
                  clientIdPrefix + v.field(),
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
    faces.validationFailed();
  }

  /** An error attached to one input, e.g. {@code form:field}. */
  public void fieldError(String clientId, String key, Object... args) {
    String text = texts.text(locale.getLocale(), key, args);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  public void error(String key, Object... args) {
    String text = texts.text(locale.getLocale(), key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public void info(String key, Object... args) {
    String text = texts.text(locale.getLocale(), key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
