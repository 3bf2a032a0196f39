package com.opsuite.web.workspace;

import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.settings.SettingCatalog;
import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.spi.VerticalModule;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A module's landing page: what the module does and the rules it runs by for this tenant. */
@Named
@RequestScoped
public class ModuleHomeView {

  @Inject ModuleRegistry modules;
  @Inject SettingCatalog catalog;
  @Inject TenantSettings settings;
  @Inject LocaleSelection localeSelection;

  public Card module(String id) {
    Locale locale = localeSelection.getLocale();
    VerticalModule module = modules.find(id).orElseThrow();
    return new Card(module.id(), module.name(locale), module.description(locale));
  }

  /** The module's settings with the tenant's current values. */
  public List<Rule> rules(String id) {
    Locale locale = localeSelection.getLocale();
    Map<String, String> values = settings.values(id);
    return catalog.definitions(id).stream()
        .map(d -> new Rule(d.key(), catalog.label(id, d, locale), values.get(d.key())))
        .toList();
  }

  /** The module's name and description. */
  public record Card(String id, String name, String description) {}

  /** A setting and its value. */
  public record Rule(String key, String label, String value) {}
}
