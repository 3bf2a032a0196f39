package com.opsuite.web.approval;

import com.opsuite.core.approval.ApprovalTypes;
import com.opsuite.core.i18n.ScopeMessages;
import com.opsuite.web.org.Choice;
import com.opsuite.web.org.OrgDirectory;
import com.opsuite.web.org.RoleNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * What the chain designer's selects offer, in the admin's language: the document types of core and
 * the enabled modules, a type's fields, the organisation's positions and the tenant's roles.
 */
@ApplicationScoped
public class ChainChoices {

  @Inject ApprovalTypes types;
  @Inject ScopeMessages texts;
  @Inject OrgDirectory org;
  @Inject RoleNames roleNames;

  public List<Option> types(Locale locale) {
    return types.available().stream()
        .map(d -> new Option(d.type().code(), types.label(d, locale)))
        .toList();
  }

  public List<FieldOption> fields(ApprovalTypes.Declared declared, Locale locale) {
    String prefix = declared.type().labelKey() + ".field.";
    return declared.type().fields().stream()
        .map(
            f -> {
              String label = texts.text(declared.scope(), locale, prefix + f.name(), f.name());
              return new FieldOption(
                  f.name(), label.startsWith("???") ? f.name() : label, f.type());
            })
        .toList();
  }

  /** Every position, named with its unit. */
  public List<Choice> positions(Locale locale) {
    return org.positionChoices(locale);
  }

  public List<Option> roles(Locale locale) {
    return roleNames.labels(locale).entrySet().stream()
        .map(e -> new Option(e.getKey(), e.getValue()))
        .toList();
  }
}
