package com.opsuite.web.appraisal;

import com.opsuite.core.appraisal.AppraisalRefusedException;
import com.opsuite.core.appraisal.AppraisalTemplates;
import com.opsuite.core.appraisal.GradeBands;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.kpi.Indicators;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Appraisal templates and grade bands on a page, saved through {@link AppraisalTemplates} and
 * {@link GradeBands} as the REST API does; a refusal keeps everything typed and names each rule
 * broken beside the part of the form it concerns.
 */
@Named
@ViewScoped
@RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
public class AppraisalSetupView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A pick of a KPI indicator: its code and name in the user's language. */
  public record IndicatorOption(String code, String label) implements Serializable {}

  /** A saved template for the list. */
  public record TemplateLine(String code, String name, long version) implements Serializable {}

  @Inject transient AppraisalTemplates templates;
  @Inject transient TemplateSaving saving;
  @Inject transient GradeBands gradeBands;
  @Inject transient Indicators indicators;
  @Inject transient CoreMessages texts;
  @Inject transient LocaleSelection locale;
  @Inject transient CurrentUser user;
  @Inject transient Messages messages;

  private List<TemplateLine> all = List.of();
  private List<IndicatorOption> indicatorOptions = List.of();
  private TemplateForm form;
  private final FieldProblems templateProblems = new FieldProblems();
  private List<BandForm> bands = new ArrayList<>();
  private long bandsVersion;
  private final FieldProblems bandProblems = new FieldProblems();

  @PostConstruct
  void load() {
    all =
        templates.all().stream()
            .map(
                t -> new TemplateLine(t.getCode(), t.name().in(locale.getLocale()), t.getVersion()))
            .toList();
    indicatorOptions =
        indicators.all().stream()
            .map(i -> new IndicatorOption(i.getCode(), i.name().in(locale.getLocale())))
            .toList();
    bands = new ArrayList<>(gradeBands.current().bands().stream().map(BandForm::of).toList());
    bandsVersion = gradeBands.version();
  }

  public void create() {
    form = TemplateForm.blank();
    templateProblems.clear();
  }

  public void edit(String code) {
    templates.find(code).ifPresent(t -> form = TemplateForm.of(t));
    templateProblems.clear();
  }

  public void close() {
    form = null;
    templateProblems.clear();
  }

  public void addIndicator() {
    form.getIndicators().add(new WeightRow());
  }

  public void removeIndicator(int index) {
    form.getIndicators().remove(index);
  }

  public void addCriterion() {
    form.getCriteria().add(new WeightRow());
  }

  public void removeCriterion(int index) {
    form.getCriteria().remove(index);
  }

  public void saveTemplate() {
    try {
      String code = saving.save(form.draft(), form.isExisting(), user.name());
      load();
      form = null;
      templateProblems.clear();
      messages.pageInfo("appraisalSetup.templateSaved", code);
    } catch (InvalidInputException e) {
      templateProblems.attach(e.violations(), this::text);
      messages.pageError(null, "appraisalSetup.notSaved");
    } catch (AppraisalRefusedException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  public void addBand() {
    bands.add(new BandForm());
  }

  public void removeBand(int index) {
    bands.remove(index);
  }

  public void saveBands() {
    try {
      gradeBands.save(bands.stream().map(BandForm::band).toList(), bandsVersion, user.name());
      load();
      bandProblems.clear();
      messages.pageInfo("appraisalSetup.bandsSaved");
    } catch (InvalidInputException e) {
      bandProblems.attach(e.violations(), this::text);
      messages.pageError(null, "appraisalSetup.notSaved");
    } catch (AppraisalRefusedException e) {
      // Saved by someone else meanwhile: what was typed stays, to compare and save again later.
      messages.error(e.messageKey(), e.args());
    }
  }

  private String text(Violation v) {
    return texts.text(locale.getLocale(), v.messageKey(), v.args());
  }

  public List<TemplateLine> getAll() {
    return all;
  }

  public List<IndicatorOption> getIndicatorOptions() {
    return indicatorOptions;
  }

  public TemplateForm getForm() {
    return form;
  }

  public FieldProblems getTemplateProblems() {
    return templateProblems;
  }

  public List<BandForm> getBands() {
    return bands;
  }

  public FieldProblems getBandProblems() {
    return bandProblems;
  }
}
