package com.opsuite.core.settings;

import com.opsuite.core.audit.AuditEvent;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The current tenant's settings: typed reads (cached), validated changes recorded in the change
 * history, and cache eviction on every node once a change commits.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantSettings {

  public static final String CHANGE_CHANNEL = "opsuite_settings";

  /** The audit action of a setting change; its target is {@code scope/key}. */
  public static final String SETTINGS_CHANGED = "settings.changed";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject SettingCatalog catalog;
  @Inject SettingsCache cache;
  @Inject AuditLog audit;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The effective value: the tenant's own, else the installation's default. */
  public String value(String scope, String key) {
    SettingDefinition definition = definition(scope, key);
    String stored = stored().get(SettingsCache.key(scope, key));
    return stored != null ? stored : catalog.defaultValue(scope, definition);
  }

  public long longValue(String scope, String key) {
    return Long.parseLong(value(scope, key));
  }

  /**
   * The effective value of every setting of a scope, keyed by setting key, in declaration order.
   */
  public Map<String, String> values(String scope) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    catalog.definitions(scope).forEach(d -> values.put(d.key(), value(scope, d.key())));
    return values;
  }

  /**
   * Changes several settings of one scope together: all are checked first, and if any is invalid
   * none is changed. A value equal to the default removes the tenant's own value.
   */
  public void change(String scope, Map<String, String> newValues, String by) {
    change(scope, newValues, Map.of(), by);
  }

  /**
   * Like {@link #change(String, Map, String)}, for a form that showed {@code shownValues}: only the
   * values the user changed are written, and if someone else changed one of those since the form
   * was shown, nothing is written and the conflict is reported, so no change is silently lost.
   */
  public void change(
      String scope, Map<String, String> newValues, Map<String, String> shownValues, String by) {
    List<Violation> violations = new ArrayList<>();
    Map<String, String> checked = new HashMap<>();
    newValues.forEach(
        (key, raw) -> {
          SettingDefinition definition = catalog.find(scope, key).orElse(null);
          if (definition == null) {
            violations.add(new Violation(key, "setting.unknown"));
            return;
          }
          SettingDefinition.Checked result = definition.check(raw);
          if (result.isValid()) {
            checked.put(key, result.value());
          } else if (result.argument() == null) {
            violations.add(new Violation(key, result.errorKey()));
          } else {
            violations.add(new Violation(key, result.errorKey(), result.argument()));
          }
        });
    if (violations.isEmpty() && !shownValues.isEmpty()) {
      checked.entrySet().removeIf(e -> e.getValue().equals(shownValues.get(e.getKey())));
      for (String key : checked.keySet()) {
        String now = currentInDatabase(scope, catalog.find(scope, key).orElseThrow());
        if (shownValues.containsKey(key) && !now.equals(shownValues.get(key))) {
          violations.add(new Violation(key, "setting.changedMeanwhile", now));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    boolean changed = false;
    for (Map.Entry<String, String> entry : checked.entrySet()) {
      changed |=
          apply(scope, catalog.find(scope, entry.getKey()).orElseThrow(), entry.getValue(), by);
    }
    if (changed) {
      announceChange();
    }
  }

  /** Who changed which setting of the scope, when, from what to what: newest first. */
  public List<AuditEvent> history(String scope) {
    return audit.history(SETTINGS_CHANGED, scope + "/");
  }

  private boolean apply(String scope, SettingDefinition definition, String value, String by) {
    String before = value(scope, definition.key());
    if (before.equals(value)) {
      return false;
    }
    TenantSetting row = em.find(TenantSetting.class, new SettingKey(scope, definition.key()));
    boolean isDefault = Objects.equals(value, catalog.defaultValue(scope, definition));
    if (row != null && isDefault) {
      em.remove(row);
    } else if (row != null) {
      row.change(value, by);
    } else if (!isDefault) {
      em.persist(new TenantSetting(scope, definition.key(), value, by));
    }
    audit.record(by, SETTINGS_CHANGED, scope + "/" + definition.key(), before, value);
    return true;
  }

  /** Other nodes hear of it through PostgreSQL (delivered on commit); this one evicts on commit. */
  private void announceChange() {
    String code = tenant.require().code();
    em.createNativeQuery("SELECT pg_notify('" + CHANGE_CHANNEL + "', ?1)")
        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
        .setParameter(1, code)
        .getSingleResult();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            cache.evict(code);
          }
        });
    cache.evict(code);
  }

  /** The value as committed now, bypassing this node's cache (which may lag another node). */
  private String currentInDatabase(String scope, SettingDefinition definition) {
    TenantSetting row = em.find(TenantSetting.class, new SettingKey(scope, definition.key()));
    if (row != null) {
      em.refresh(row);
      return row.getValue();
    }
    return catalog.defaultValue(scope, definition);
  }

  private SettingDefinition definition(String scope, String key) {
    return catalog
        .find(scope, key)
        .orElseThrow(
            () -> new IllegalArgumentException("No setting " + scope + "/" + key + " is declared"));
  }

  private Map<String, String> stored() {
    String code = tenant.require().code();
    return cache.values(
        code,
        () -> {
          Map<String, String> values = new HashMap<>();
          em.createQuery("SELECT s FROM TenantSetting s", TenantSetting.class)
              .getResultList()
              .forEach(s -> values.put(SettingsCache.key(s.getScope(), s.getKey()), s.getValue()));
          return values;
        });
  }
}
