package com.opsuite.core.tenancy.definition;

import com.opsuite.core.i18n.SupportedLocales;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One tenant as declared in a file of the {@code tenants/} folder, validated by {@link
 * TenantDefinitionReader}. Immutable: the collections are unmodifiable copies.
 *
 * @param code the tenant code, equal to the file name without {@code .properties}
 * @param name the company's display name (1 to 200 characters)
 * @param locale the tenant's language: {@link SupportedLocales#CHINESE} or {@link
 *     SupportedLocales#ENGLISH}
 * @param timeZone the tenant's time zone
 * @param admin the first administrator
 * @param modules enabled vertical module ids, in file order, without duplicates
 * @param settings setting overrides keyed by module id (or {@code core}), then by setting key; both
 *     levels sorted
 * @param demoData whether this is a demo tenant seeded with demo data
 * @param sourceFile the name of the file the definition was read from
 */
public record TenantDefinition(
    String code,
    String name,
    Locale locale,
    ZoneId timeZone,
    AdminAccount admin,
    List<String> modules,
    Map<String, Map<String, String>> settings,
    boolean demoData,
    String sourceFile) {

  public static final Locale DEFAULT_LOCALE = SupportedLocales.CHINESE;
  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

  /** The module id under which settings of the core platform itself are overridden. */
  public static final String CORE_SETTINGS = "core";

  public TenantDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(sourceFile, "sourceFile");
    modules = List.copyOf(modules);
    TreeMap<String, Map<String, String>> copy = new TreeMap<>();
    settings.forEach(
        (module, values) -> copy.put(module, Collections.unmodifiableMap(new TreeMap<>(values))));
    settings = Collections.unmodifiableMap(copy);
  }

  /** The overrides for one module (or {@code core}); empty if the file sets none. */
  public Map<String, String> settings(String moduleId) {
    return settings.getOrDefault(moduleId, Map.of());
  }

  /** The locale as stored in the tenant registry: {@code zh-CN} or {@code en}. */
  public String localeTag() {
    return locale.toLanguageTag();
  }
}
