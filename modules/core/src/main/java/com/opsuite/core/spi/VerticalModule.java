package com.opsuite.core.spi;

import com.opsuite.core.approval.ApprovalType;
import com.opsuite.core.i18n.LocalizedBundles;
import com.opsuite.core.kpi.MeasureDefinition;
import com.opsuite.core.settings.SettingDefinition;
import java.util.List;
import java.util.Locale;

/**
 * A vertical business module (online-ops, gas-inspection, ...) plugged into core.
 *
 * <p>A module is an application-scoped CDI bean in its own jar. Core discovers every module through
 * CDI and never names one, so adding a vertical is adding a jar: no core code changes. Later
 * contributions (permissions, menu, settings, KPI measures, approval document types) are added to
 * this interface as default methods so existing modules keep compiling.
 */
public interface VerticalModule {

  /**
   * Stable identifier: lower-case letters, digits and hyphens, e.g. {@code gas-inspection}. Used in
   * URLs, setting keys and the module's migration history table, so it never changes once shipped.
   */
  String id();

  /**
   * Base name of the module's resource bundle, which holds at least {@code module.name} and {@code
   * module.description} in every supported language.
   */
  String messageBundle();

  /** The module's name in the given language. */
  default String name(Locale locale) {
    return text(locale, "module.name");
  }

  /** One sentence on what the module does, in the given language. */
  default String description(Locale locale) {
    return text(locale, "module.description");
  }

  /**
   * Classpath folder of this module's Flyway migrations. Each module keeps its own migration
   * history, so modules version their schema independently of each other and of core.
   */
  default String migrationLocation() {
    return "db/migration/" + id();
  }

  /**
   * The tenant settings this module declares, with their defaults and bounds; labels are {@code
   * setting.<key>} in the module's bundle.
   */
  default List<SettingDefinition> settings() {
    return List.of();
  }

  /** The rights this module's pages, actions and endpoints check. */
  default List<Permission> permissions() {
    return List.of();
  }

  /** The roles a tenant gets when it enables the module, built from the module's permissions. */
  default List<RoleTemplate> defaultRoles() {
    return List.of();
  }

  /** The organisation the module's seed describes; a tenant admin may apply it. */
  default OrgTemplate orgTemplate() {
    return OrgTemplate.NONE;
  }

  /**
   * The documents this module sends for approval, each with the fields its chain may test and the
   * default chain of the module's seed; tenants override the chain without code.
   */
  default List<ApprovalType> approvalTypes() {
    return List.of();
  }

  /**
   * The KPI measures this module keeps: named numeric series that indicator formulas refer to as
   * {@code m['code']}, each named {@code measure.<code>} in the module's bundle. Manual ones are
   * entered by people; provided ones are computed by a {@link com.opsuite.core.kpi.MeasureProvider}
   * bean of the module from its own data.
   */
  default List<MeasureDefinition> measures() {
    return List.of();
  }

  /** The module's pages a user reaches from the menu, in menu order. */
  default List<MenuEntry> menu() {
    return List.of(new MenuEntry("module.name", "/" + id() + "/index.xhtml"));
  }

  /** The text for {@code key} in the module's bundle. */
  default String text(Locale locale, String key) {
    return LocalizedBundles.text(messageBundle(), locale, getClass().getClassLoader(), key);
  }
}
