package com.opsuite.web.workspace;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.settings.SettingCatalog;
import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.settings.SettingType;
import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant's settings, grouped by module (core first, then each enabled module). Each group is
 * saved as a whole: if one value is invalid, none of the group is changed.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SettingCatalog catalog;
  @Inject transient TenantSettings settings;
  @Inject transient TenantModules modules;
  @Inject transient CoreMessages texts;
  @Inject transient Messages messages;
  @Inject transient CurrentUser user;
  @Inject LocaleSelection localeSelection;

  private List<Group> groups;

  @PostConstruct
  void load() {
    Locale locale = localeSelection.getLocale();
    List<String> scopes = new ArrayList<>();
    scopes.add(SettingCatalog.CORE);
    modules.enabled().forEach(m -> scopes.add(m.id()));
    groups = new ArrayList<>();
    for (String scope : scopes) {
      List<Field> fields = new ArrayList<>();
      Map<String, String> values = settings.values(scope);
      for (SettingDefinition d : catalog.definitions(scope)) {
        fields.add(
            new Field(
                d.key(),
                catalog.label(scope, d, locale),
                d.type(),
                values.get(d.key()),
                catalog.defaultValue(scope, d),
                d.min(),
                d.max()));
      }
      if (!fields.isEmpty()) {
        groups.add(new Group(scope, catalog.scopeName(scope, locale), fields));
      }
    }
  }

  @RequiresPermission(CorePermissions.SETTINGS_EDIT)
  public void save(Group group) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> shown = new LinkedHashMap<>();
    group.getFields().forEach(f -> values.put(f.getKey(), f.getValue()));
    group.getFields().forEach(f -> shown.put(f.getKey(), f.getShownValue()));
    try {
      settings.change(group.getScope(), values, shown, user.name());
      messages.info("settings.saved", group.getName());
      load();
    } catch (InvalidInputException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale locale = localeSelection.getLocale();
      e.violations().stream()
          .filter(v -> v.messageKey().equals("setting.changedMeanwhile"))
          .forEach(
              v ->
                  group.getFields().stream()
                      .filter(f -> f.getKey().equals(v.field()))
                      .forEach(f -> f.acknowledge(String.valueOf(v.args()[0]))));
      e.violations()
          .forEach(
              v -> {
                String label =
                    group.getFields().stream()
                        .filter(f -> f.getKey().equals(v.field()))
                        .map(Field::getLabel)
                        .findFirst()
                        .orElse(v.field());
                String text = label + ": " + texts.text(locale, v.messageKey(), v.args());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
              });
      faces.validationFailed();
    }
  }

  public List<Group> getGroups() {
    return groups;
  }

  /** The settings of one scope. */
  public static class Group implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String scope;
    private final String name;
    private final List<Field> fields;

    Group(String scope, String name, List<Field> fields) {
      this.scope = scope;
      this.name = name;
      this.fields = fields;
    }

    public String getScope() {
      return scope;
    }

    public String getName() {
      return name;
    }

    public List<Field> getFields() {
      return fields;
    }
  }

  /** One setting as an input. */
  public static class Field implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String label;
    private final SettingType type;
    private final String defaultValue;
    private final Long min;
    private final Long max;
    private String shownValue;
    private String value;

    Field(
        String key,
        String label,
        SettingType type,
        String value,
        String defaultValue,
        Long min,
        Long max) {
      this.key = key;
      this.label = label;
      this.type = type;
      this.value = value;
      this.shownValue = value;
      this.defaultValue = defaultValue;
      this.min = min;
      this.max = max;
    }

    public String getKey() {
      return key;
    }

    public String getLabel() {
      return label;
    }

    public String getType() {
      return type.name();
    }

    public String getDefaultValue() {
      return defaultValue;
    }

    public Long getMin() {
      return min;
    }

    public Long getMax() {
      return max;
    }

    public String getValue() {
      return value;
    }

    /** The value as the page showed it, to detect a change made meanwhile by someone else. */
    public String getShownValue() {
      return shownValue;
    }

    /** The user has now been told the value someone else saved; saving again overrides it. */
    void acknowledge(String current) {
      this.shownValue = current;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public boolean isFlag() {
      return type == SettingType.BOOLEAN;
    }

    public boolean isChecked() {
      return Boolean.parseBoolean(value);
    }

    public void setChecked(boolean checked) {
      this.value = Boolean.toString(checked);
    }
  }
}
