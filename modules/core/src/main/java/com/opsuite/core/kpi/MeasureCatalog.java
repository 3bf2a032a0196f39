package com.opsuite.core.kpi;

import com.opsuite.core.i18n.LocalizedName;
import com.opsuite.core.i18n.ScopeMessages;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.spi.VerticalModule;
import com.opsuite.core.tenancy.TenantModules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The measures core and the installed modules declare, the providers that compute the provided ones
 * (found through CDI), and which of them the current tenant has: core's and its enabled modules'.
 */
@ApplicationScoped
public class MeasureCatalog {

  private static final Logger LOG = Logger.getLogger(MeasureCatalog.class.getName());

  @Inject ModuleRegistry modules;
  @Inject TenantModules tenantModules;
  @Inject ScopeMessages texts;
  @Inject @Any Instance<MeasureProvider> discoveredProviders;

  private List<Declared> all;
  private Map<String, MeasureProvider> providers;

  /** A declared measure with the scope (core or a module id) whose bundle names it. */
  public record Declared(String scope, MeasureDefinition definition) {
    public String code() {
      return definition.code();
    }
  }

  @PostConstruct
  void collect() {
    all = new ArrayList<>();
    CoreMeasures.all().forEach(m -> all.add(new Declared(ScopeMessages.CORE, m)));
    for (VerticalModule module : modules.installed()) {
      module.measures().forEach(m -> all.add(new Declared(module.id(), m)));
    }
    providers = new HashMap<>();
    discoveredProviders.forEach(p -> p.measureCodes().forEach(code -> providers.put(code, p)));
    validate(all, providers.keySet());
  }

  /** Refuses a measure declared twice; a provided measure nothing computes is only logged. */
  static void validate(List<Declared> declared, Set<String> provided) {
    Map<String, String> seen = new HashMap<>();
    for (Declared d : declared) {
      String earlier = seen.put(d.code(), d.scope());
      if (earlier != null) {
        throw new IllegalStateException(
            "Measure " + d.code() + " is declared by " + earlier + " and by " + d.scope());
      }
      if (!d.definition().manual() && !provided.contains(d.code())) {
        LOG.warning(() -> "No provider computes the measure " + d.code() + " of " + d.scope());
      }
    }
  }

  public List<Declared> all() {
    return all;
  }

  /** Core's measures and those of the modules the current tenant has enabled. */
  public List<Declared> available() {
    Set<String> enabled = tenantModules.enabledIds();
    return all.stream()
        .filter(d -> d.scope().equals(ScopeMessages.CORE) || enabled.contains(d.scope()))
        .toList();
  }

  /** The measure, if the current tenant has it. */
  public Optional<Declared> find(String code) {
    return available().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Optional<MeasureProvider> providerOf(String code) {
    return Optional.ofNullable(providers.get(code));
  }

  public String label(Declared declared, Locale locale) {
    return texts.text(declared.scope(), locale, declared.definition().labelKey(), declared.code());
  }

  /** Its name in both languages, for messages written in the reader's. */
  public LocalizedName name(Declared declared) {
    return new LocalizedName(
        label(declared, SupportedLocales.CHINESE), label(declared, SupportedLocales.ENGLISH));
  }
}
