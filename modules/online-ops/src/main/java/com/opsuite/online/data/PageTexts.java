package com.opsuite.online.data;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * What the data and meeting pages share: the view's language, texts of the module's bundle,
 * messages at the top or beside a field, and the name changes are recorded under.
 */
@RequestScoped
public class PageTexts {

  @Inject CallerPermissions permissions;

  public Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.SIMPLIFIED_CHINESE;
  }

  public String text(String key, Object... args) {
    return DataTexts.text(locale(), key, args);
  }

  public String by() {
    return permissions.caller().map(CallerIdentity::getName).orElse(Caller.ANONYMOUS);
  }

  public boolean has(String permission) {
    return permissions.all().contains(permission);
  }

  /** One message per refused field, beside the input whose id is {@code prefix + field}. */
  public void invalid(InvalidInputException e, String clientIdPrefix) {
    FacesContext faces = FacesContext.getCurrentInstance();
    e.violations()
        .forEach(
            v -> {
              String text = text(v.messageKey(), v.args());
              faces.addMessage(
                  clientIdPrefix == null ? null : clientIdPrefix + v.field(),
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
    faces.validationFailed();
  }

  public void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, text(key, args));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}
