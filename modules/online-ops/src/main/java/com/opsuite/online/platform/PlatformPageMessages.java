package com.opsuite.online.platform;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;

/**
 * What the platform page shares with the credential panel: messages in the view's language beside a
 * field or at the top, a refused save turned into them, and the name changes are recorded under.
 */
@RequestScoped
public class PlatformPageMessages {

  @Inject CallerPermissions permissions;

  public Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.SIMPLIFIED_CHINESE;
  }

  public String text(String key, Object... args) {
    return PlatformTexts.text(locale(), key, args);
  }

  public String by() {
    return permissions.caller().map(CallerIdentity::getName).orElse(Caller.ANONYMOUS);
  }

  /**
   * Shows a refusal: each invalid field beside its input (id {@code prefix + field}), a missing
   * record or a stale version at the top. Anything else is a bug and goes on up.
   */
  public void show(RuntimeException e, String clientIdPrefix) {
    InvalidInputException invalid = find(e, InvalidInputException.class);
    PlatformRefused refused = find(e, PlatformRefused.class);
    FacesContext faces = FacesContext.getCurrentInstance();
    if (invalid != null) {
      invalid
          .violations()
          .forEach(
              v -> {
                String text = text(v.messageKey(), v.args());
                faces.addMessage(
                    clientIdPrefix + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
              });
    } else if (refused != null) {
      error(refused.messageKey(), refused.args());
    } else if (find(e, OptimisticLockException.class) != null) {
      error("platform.page.stale");
    } else {
      throw e;
    }
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

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
