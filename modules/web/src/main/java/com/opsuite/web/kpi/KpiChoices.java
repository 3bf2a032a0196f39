package com.opsuite.web.kpi;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.kpi.Indicator;
import com.opsuite.core.kpi.IndicatorSource;
import com.opsuite.core.kpi.Indicators;
import com.opsuite.core.kpi.KpiScope;
import com.opsuite.core.kpi.MeasureCatalog;
import com.opsuite.core.kpi.Subject;
import com.opsuite.core.kpi.SubjectKind;
import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.org.OrgUnits;
import com.opsuite.core.org.StaffMember;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the KPI pages offer in their selects: indicators, the series people enter, and the subjects
 * (company, units, staff) the caller's permission reaches, in the reader's language.
 */
@Named
@RequestScoped
public class KpiChoices {

  @Inject Indicators indicators;
  @Inject MeasureCatalog catalog;
  @Inject OrgUnits units;
  @Inject KpiScope scope;
  @Inject CoreMessages texts;
  @Inject LocaleSelection localeSelection;

  public List<KpiOption> indicators(Locale locale) {
    return indicators.all().stream()
        .map(i -> new KpiOption(i.getCode(), i.name().in(locale) + " · " + i.getCode()))
        .toList();
  }

  /** Manual measures of the tenant's modules, then manual indicators: what takes entries. */
  public List<KpiOption> enterable(Locale locale) {
    List<KpiOption> options = new ArrayList<>();
    catalog.available().stream()
        .filter(d -> d.definition().manual())
        .forEach(d -> options.add(new KpiOption(d.code(), catalog.label(d, locale))));
    for (Indicator i : indicators.all()) {
      if (i.getSource() == IndicatorSource.MANUAL) {
        options.add(new KpiOption(i.getCode(), i.name().in(locale)));
      }
    }
    return options;
  }

  /** The company (when reached), then units in tree order, then active staff by name. */
  public List<KpiOption> subjects(String permission, Set<SubjectKind> kinds, Locale locale) {
    Predicate<Subject> reached = scope.reach(permission);
    List<KpiOption> options = new ArrayList<>();
    if (kinds.contains(SubjectKind.TENANT) && reached.test(Subject.tenant())) {
      options.add(new KpiOption("tenant", texts.text(locale, "kpi.subject.TENANT")));
    }
    if (kinds.contains(SubjectKind.UNIT)) {
      for (OrgUnit u : units.all()) {
        if (reached.test(Subject.unit(u.getId()))) {
          options.add(new KpiOption("unit:" + u.getId(), u.getName()));
        }
      }
    }
    if (kinds.contains(SubjectKind.STAFF)) {
      for (StaffMember s : scope.activeStaff(permission)) {
        options.add(new KpiOption("staff:" + s.getId(), s.getName()));
      }
    }
    return options;
  }

  /** A text of core's bundle (units, directions, period kinds), for labels in the pages. */
  public String core(String key) {
    return texts.text(localeSelection.getLocale(), key);
  }
}
