package com.opsuite.web.appraisal;

import com.opsuite.core.appraisal.AppraisalCycle;
import com.opsuite.core.appraisal.AppraisalCycles;
import com.opsuite.core.appraisal.AppraisalTemplates;
import com.opsuite.core.appraisal.CycleDraft;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.org.Choice;
import com.opsuite.web.org.OrgDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Opens a cycle from the cycles page: a template, a month or year, and a unit whose subtree is
 * appraised (the company unit, first in the list, stands for everyone). Opened through {@link
 * AppraisalCycles#open} as the REST API does; the new cycle is then shown.
 */
@Named
@ViewScoped
@RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
public class CycleOpeningView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A template to pick, by code. */
  public record TemplateOption(String code, String label) implements Serializable {}

  @Inject transient AppraisalCycles cycles;
  @Inject transient AppraisalTemplates templates;
  @Inject transient OrgDirectory org;
  @Inject transient LocaleSelection locale;
  @Inject transient CurrentUser user;
  @Inject transient Messages messages;
  @Inject AppraisalCyclesView shown;

  private List<TemplateOption> templateOptions = List.of();
  private List<Choice> units = List.of();
  private String template;
  private String period;
  private Long unitId;

  @PostConstruct
  void load() {
    templateOptions =
        templates.all().stream()
            .map(t -> new TemplateOption(t.getCode(), t.name().in(locale.getLocale())))
            .toList();
    units = org.unitChoices(locale.getLocale());
    if (unitId == null && !units.isEmpty()) {
      unitId = units.get(0).value();
    }
  }

  public void open() {
    try {
      AppraisalCycle cycle =
          cycles.open(
              new CycleDraft(template, period == null ? null : period.trim(), unitId, null, null),
              user.name());
      shown.showCycle(cycle.getId());
      messages.pageInfo("appraisalCycles.opened", cycle.period().toString());
      period = null;
    } catch (InvalidInputException e) {
      messages.invalid(e, "open:");
    }
  }

  public List<TemplateOption> getTemplateOptions() {
    return templateOptions;
  }

  public List<Choice> getUnits() {
    return units;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
