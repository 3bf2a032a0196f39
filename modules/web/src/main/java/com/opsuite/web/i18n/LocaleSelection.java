package com.opsuite.web.i18n;

import com.opsuite.core.i18n.SupportedLocales;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language this browser session sees. Starts from the browser's preference (Chinese when it
 * prefers neither language) and follows the user's choice in the top bar afterwards.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale =
          SupportedLocales.bestMatch(
              FacesContext.getCurrentInstance().getExternalContext().getRequestLocales());
    }
    return locale;
  }

  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  /** Switches language; an unsupported tag leaves it unchanged. */
  public void use(String tag) {
    SupportedLocales.forTag(tag)
        .ifPresent(
            chosen -> {
              locale = chosen;
              FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
            });
  }

  public boolean isCurrent(String tag) {
    return SupportedLocales.forTag(tag).map(getLocale()::equals).orElse(false);
  }
}
