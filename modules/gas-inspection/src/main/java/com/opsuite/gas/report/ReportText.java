package com.opsuite.gas.report;

import com.opsuite.core.i18n.LocalizedBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;

/**
 * The module's bundle in the reader's language, {@code #{reportText['key']}} on the report pages
 * (the pages' {@code msg} is the web module's bundle). A map so EL reads it by key; it never lists
 * its entries.
 */
@Named
@RequestScoped
public class ReportText extends AbstractMap<String, String> {

  static final String BUNDLE = "com.opsuite.gas.i18n.messages";

  @Override
  public String get(Object key) {
    return LocalizedBundles.text(
        BUNDLE, locale(), ReportText.class.getClassLoader(), String.valueOf(key));
  }

  /** The text with its placeholders filled. */
  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale()).format(args);
  }

  @Override
  public boolean containsKey(Object key) {
    return true;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return Set.of();
  }

  Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.SIMPLIFIED_CHINESE
        : faces.getViewRoot().getLocale();
  }
}
