package com.opsuite.online.cadence;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.online.OnlineTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;

/** What the calendar and cadence pages share: the read guard, texts and messages. */
public final class PageSupport {

  private PageSupport() {}

  /** For a view action: the forbidden page for someone who may not read the calendar. */
  public static void requireRead(CallerPermissions permissions) throws IOException {
    if (!CadenceAccess.mayRead(permissions)) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, CadenceAccess.READ.get(0));
      faces.responseComplete();
    }
  }

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static String text(String key, Object... args) {
    return OnlineTexts.text(locale(), key, args);
  }

  public static void message(FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }

  public static void refused(CadenceRefused e) {
    String text = text(e.messageKey(), e.args());
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
