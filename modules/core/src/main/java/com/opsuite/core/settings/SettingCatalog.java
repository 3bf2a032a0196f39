package com.opsuite.core.settings;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.ScopeMessages;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.spi.VerticalModule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every declared setting, by scope: {@code core} and each installed module. Resolves an
 * installation's default: MicroProfile Config ({@code opsuite.default.<scope>.<key>}) over the
 * declared one, checked against the same rules as a tenant's value.
 */
@ApplicationScoped
public class SettingCatalog {

  public static final String CORE = "core";

  @Inject ModuleRegistry modules;
  @Inject CoreSettings coreSettings;
  @Inject CoreMessages coreMessages;
  @Inject ScopeMessages texts;
  @Inject Config config;

  private Map<String, Map<String, SettingDefinition>> byScope;

  @PostConstruct
  void collect() {
    Map<String, Map<String, SettingDefinition>> all = new LinkedHashMap<>();
    all.put(CORE, index(coreSettings.definitions()));
    for (VerticalModule module : modules.installed()) {
      all.put(module.id(), index(module.settings()));
    }
    byScope = Map.copyOf(all);
  }

  private static Map<String, SettingDefinition> index(List<SettingDefinition> definitions) {
    Map<String, SettingDefinition> map = new LinkedHashMap<>();
    definitions.forEach(d -> map.put(d.key(), d));
    return map;
  }

  public boolean hasScope(String scope) {
    return byScope.containsKey(scope);
  }

  public List<SettingDefinition> definitions(String scope) {
    return List.copyOf(byScope.getOrDefault(scope, Map.of()).values());
  }

  public Optional<SettingDefinition> find(String scope, String key) {
    return Optional.ofNullable(byScope.getOrDefault(scope, Map.of()).get(key));
  }

  /** The default for this installation, in canonical form. */
  public String defaultValue(String scope, SettingDefinition definition) {
    return config
        .getOptionalValue("opsuite.default." + scope + "." + definition.key(), String.class)
        .map(definition::check)
        .filter(SettingDefinition.Checked::isValid)
        .map(SettingDefinition.Checked::value)
        .orElse(definition.defaultValue());
  }

  public String label(String scope, SettingDefinition definition, Locale locale) {
    return texts.text(scope, locale, definition.labelKey(), definition.key());
  }

  public String scopeName(String scope, Locale locale) {
    return CORE.equals(scope)
        ? coreMessages.text(locale, "settings.scope.core")
        : modules.find(scope).map(m -> m.name(locale)).orElse(scope);
  }
}
