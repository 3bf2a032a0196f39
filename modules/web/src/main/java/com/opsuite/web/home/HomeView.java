package com.opsuite.web.home;

import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The start page: what Opsuite is and which modules this installation offers. */
@Named
@RequestScoped
public class HomeView {

  @Inject ModuleRegistry modules;
  @Inject LocaleSelection localeSelection;

  public List<ModuleCard> getModules() {
    Locale locale = localeSelection.getLocale();
    return modules.installed().stream()
        .map(m -> new ModuleCard(m.id(), m.name(locale), m.description(locale)))
        .toList();
  }

  /** A module as the start page shows it. */
  public record ModuleCard(String id, String name, String description) {}
}
