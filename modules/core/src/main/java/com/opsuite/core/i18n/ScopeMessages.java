package com.opsuite.core.i18n;

import com.opsuite.core.module.ModuleRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Texts of a scope: {@code core} reads core's bundle, a module id reads that module's bundle. The
 * one place settings, permissions and roles find their labels.
 */
@ApplicationScoped
public class ScopeMessages {

  public static final String CORE = "core";

  @Inject CoreMessages core;
  @Inject ModuleRegistry modules;

  /** The text for {@code key} in the scope's bundle, or {@code fallback} for an unknown scope. */
  public String text(String scope, Locale locale, String key, String fallback) {
    return CORE.equals(scope)
        ? core.text(locale, key)
        : modules.find(scope).map(m -> m.text(locale, key)).orElse(fallback);
  }
}
