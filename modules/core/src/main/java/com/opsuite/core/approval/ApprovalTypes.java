package com.opsuite.core.approval;

import com.opsuite.core.i18n.ScopeMessages;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.spi.VerticalModule;
import com.opsuite.core.tenancy.TenantModules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The approval document types core and the installed modules declare, and their labels. */
@ApplicationScoped
public class ApprovalTypes {

  @Inject ModuleRegistry modules;
  @Inject TenantModules tenantModules;
  @Inject ScopeMessages texts;

  /** A declared type with the scope (core or a module id) whose bundle holds its labels. */
  public record Declared(String scope, ApprovalType type) {}

  public List<Declared> all() {
    List<Declared> all = new ArrayList<>();
    CoreApprovalTypes.all().forEach(t -> all.add(new Declared(ScopeMessages.CORE, t)));
    for (VerticalModule module : modules.installed()) {
      module.approvalTypes().forEach(t -> all.add(new Declared(module.id(), t)));
    }
    return all;
  }

  /** The types of core and of the modules the current tenant has enabled. */
  public List<Declared> available() {
    Set<String> enabled = tenantModules.enabledIds();
    return all().stream()
        .filter(d -> d.scope().equals(ScopeMessages.CORE) || enabled.contains(d.scope()))
        .toList();
  }

  /** {@link #available()} by code, for a list: the tenant's modules are read once, not a row. */
  public Map<String, Declared> availableByCode() {
    Map<String, Declared> byCode = new HashMap<>();
    available().forEach(d -> byCode.putIfAbsent(d.type().code(), d));
    return byCode;
  }

  /** The type, if declared by core or a module the current tenant has enabled. */
  public Optional<Declared> find(String code) {
    return available().stream().filter(d -> d.type().code().equals(code)).findFirst();
  }

  public String label(Declared declared, Locale locale) {
    return texts.text(declared.scope(), locale, declared.type().labelKey(), declared.type().code());
  }

  /** A step's label: the one a tenant typed, else the declaring bundle's text for its key. */
  public String stepLabel(Declared declared, String key, String label, Locale locale) {
    if (label != null && !label.isBlank()) {
      return label;
    }
    String text =
        texts.text(declared.scope(), locale, declared.type().labelKey() + ".step." + key, key);
    return text.startsWith("???") ? key : text;
  }

  /** What a line of history says happened, in the language asked for. */
  public String historyLabel(ActionKind action, Locale locale) {
    return texts.text(
        ScopeMessages.CORE, locale, "approval.history." + action.name(), action.name());
  }
}
