package com.opsuite.web.faces;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.LocalizedBundles;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;

/** Puts localized messages on the page: beside the field at fault, or at the top. */
@RequestScoped
public class Messages {

  /** The pages' own texts ({@code msg} in the pages), for messages no core service words. */
  static final String PAGE_BUNDLE = "com.opsuite.web.i18n.messages";

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

  /** A text of the pages' own bundle, formatted in the user's language. */
  public String pageText(String key, Object... args) {
    String pattern =
        LocalizedBundles.text(
            PAGE_BUNDLE, locale.getLocale(), Messages.class.getClassLoader(), key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale.getLocale()).format(args);
  }

  public void pageInfo(String key, Object... args) {
    String text = pageText(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /**
   * A page-bundle error at the top; the request counts as failed, so inputs keep what was typed.
   */
  public void pageError(String key, Object... args) {
    String text = pageText(key, args);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }
}
