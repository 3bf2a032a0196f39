package com.opsuite.web.approval;

import com.opsuite.core.approval.ApprovalRefusedException;
import com.opsuite.core.approval.ApprovalTypes;
import com.opsuite.core.approval.ChainDefinition;
import com.opsuite.core.approval.ChainDefinitions;
import com.opsuite.core.approval.FieldType;
import com.opsuite.core.approval.RouteKind;
import com.opsuite.core.approval.StepKind;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.faces.ShownTimes;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.org.Choice;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The chain designer: a tenant admin picks a document type, sees the chain new approvals follow
 * (its version, whether it is the module's default) and its history, edits the steps and saves them
 * as a new version through {@link ChainDefinitions}, as the REST API does. A refused chain keeps
 * everything typed and shows each problem at its step; a save based on an older version than the
 * one in force is refused and shows the chain as it now is.
 */
@Named
@ViewScoped
@RequiresPermission(CorePermissions.APPROVALS_CONFIGURE)
public class ChainDesignerView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int HISTORY_SHOWN = 20;

  @Inject ApprovalTypes types;
  @Inject ChainDefinitions chains;
  @Inject ChainChoices choices;
  @Inject CoreMessages texts;
  @Inject Messages messages;
  @Inject CurrentUser user;
  @Inject ShownTimes times;
  @Inject LocaleSelection localeSelection;

  private Locale shownIn;
  private List<Option> typeOptions = List.of();
  private List<Choice> positions = List.of();
  private List<Option> roles = List.of();
  private List<FieldOption> fields = List.of();
  private String type;
  private int version;
  private boolean custom;
  private boolean skipRepeatedApprovers;
  private List<StepForm> steps = new ArrayList<>();
  private List<String> chainProblems = List.of();
  private List<VersionLine> history = List.of();

  /** One saved version, for the history. */
  public record VersionLine(int version, boolean custom, String by, String at)
      implements Serializable {}

  @PostConstruct
  void init() {
    load();
  }

  /** Before each rendering: after a switch of language, names follow (typed values stay). */
  public void followLocale() {
    if (!localeSelection.getLocale().equals(shownIn)) {
      readChoices();
      declared().ifPresent(d -> relabel(d));
    }
  }

  /** Another document type was picked: its chain in force replaces the one on the page. */
  public void chooseType() {
    load();
  }

  public void addStep() {
    steps.add(new StepForm(newKey(), messages.pageText("chains.newStep", steps.size() + 1)));
  }

  public void removeStep(int index) {
    steps.remove(index);
  }

  public void moveUp(int index) {
    if (index > 0) {
      Collections.swap(steps, index, index - 1);
    }
  }

  public void moveDown(int index) {
    if (index < steps.size() - 1) {
      Collections.swap(steps, index, index + 1);
    }
  }

  public void addCondition(int index) {
    if (!fields.isEmpty()) {
      steps.get(index).getConditions().add(ConditionForm.on(fields.get(0)));
    }
  }

  public void removeCondition(int index, int condition) {
    steps.get(index).getConditions().remove(condition);
  }

  /** A condition's field changed: its operator and value are made to fit the field's type. */
  public void fieldChanged(ConditionForm c) {
    field(c.getField()).ifPresent(f -> c.fitTo(f.type()));
  }

  public boolean isSkipRepeatedApprovers() {
    return skipRepeatedApprovers;
  }

  public void setSkipRepeatedApprovers(boolean skipRepeatedApprovers) {
    this.skipRepeatedApprovers = skipRepeatedApprovers;
  }

  public void save() {
    Optional<ApprovalTypes.Declared> d = declared();
    if (d.isEmpty()) {
      return;
    }
    ChainDefinition chain =
        new ChainDefinition(
            steps.stream().map(StepForm::toDefinition).toList(), skipRepeatedApprovers);
    try {
      ChainDefinitions.Effective saved = chains.save(d.get().type(), chain, version, user.name());
      load();
      messages.pageInfo("chains.saved", saved.version());
    } catch (RuntimeException e) {
      refused(e);
    }
  }

  public void reset() {
    Optional<ApprovalTypes.Declared> d = declared();
    if (d.isEmpty()) {
      return;
    }
    try {
      ChainDefinitions.Effective saved = chains.reset(d.get().type(), version, user.name());
      load();
      messages.pageInfo("chains.resetDone", saved.version());
    } catch (RuntimeException e) {
      refused(e);
    }
  }

  /** Problems stay beside what was typed; a newer version shows instead of the edits. */
  private void refused(RuntimeException e) {
    InvalidInputException invalid = cause(e, InvalidInputException.class);
    if (invalid != null) {
      chainProblems = ChainProblems.attach(invalid.violations(), steps, this::text);
      messages.pageError(null, "chains.notSaved");
      return;
    }
    ApprovalRefusedException conflict = cause(e, ApprovalRefusedException.class);
    if (conflict == null || conflict.status() != 409) {
      throw e;
    }
    load();
    messages.pageError(null, "chains.changedMeanwhile", version);
  }

  private String text(Violation v) {
    Map<String, String> roleNames =
        roles.stream().collect(Collectors.toMap(Option::value, Option::label, (a, b) -> a));
    Map<String, String> fieldNames =
        fields.stream()
            .collect(Collectors.toMap(FieldOption::name, FieldOption::label, (a, b) -> a));
    return texts.text(
        localeSelection.getLocale(),
        v.messageKey(),
        ChainProblems.readable(v, roleNames, fieldNames));
  }

  /** The chosen type's chain in force, and the org as it is now for the selects. */
  private void load() {
    readChoices();
    Optional<ApprovalTypes.Declared> found = declared();
    if (found.isEmpty()) {
      if (type != null) {
        // The type's module was switched off while the page was open.
        messages.pageError(null, "chains.typeGone");
      }
      type = typeOptions.get(0).value();
      found = declared();
    }
    ApprovalTypes.Declared d = found.orElseThrow();
    ChainDefinitions.Effective effective = chains.effective(d.type());
    version = effective.version();
    custom = effective.custom();
    skipRepeatedApprovers = effective.chain().skipsRepeatedApprovers();
    steps = new ArrayList<>();
    effective.chain().steps().forEach(s -> steps.add(StepForm.of(s, null)));
    chainProblems = List.of();
    relabel(d);
    history =
        chains.history(d.type(), HISTORY_SHOWN).stream()
            .map(v -> new VersionLine(v.version(), v.custom(), v.by(), times.minute(v.at())))
            .toList();
  }

  private void readChoices() {
    shownIn = localeSelection.getLocale();
    typeOptions = choices.types(shownIn);
    positions = choices.positions(shownIn);
    roles = choices.roles(shownIn);
  }

  /** The type's field names and the steps' default names in the language shown. */
  private void relabel(ApprovalTypes.Declared d) {
    fields = choices.fields(d, shownIn);
    steps.forEach(s -> s.setDefaultLabel(types.stepLabel(d, s.getKey(), null, shownIn)));
  }

  private Optional<ApprovalTypes.Declared> declared() {
    return type == null ? Optional.empty() : types.find(type);
  }

  private Optional<FieldOption> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** A key no other step has; a key names a step only within its chain. */
  private String newKey() {
    for (int n = steps.size() + 1; ; n++) {
      String key = "step-" + n;
      if (steps.stream().noneMatch(s -> key.equals(s.getKey()))) {
        return key;
      }
    }
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return kind.cast(t);
      }
    }
    return null;
  }

  /** The operators a condition on the field may use (equality only but for numbers). */
  public List<ConditionOperator> operators(String fieldName) {
    return ConditionOperator.fitting(fieldType(fieldName));
  }

  /** The field's type, which decides how its value is entered. */
  public FieldType fieldType(String fieldName) {
    return field(fieldName).map(FieldOption::type).orElse(FieldType.TEXT);
  }

  public List<Option> getTypes() {
    return typeOptions;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTypeLabel() {
    return typeOptions.stream()
        .filter(o -> o.value().equals(type))
        .map(Option::label)
        .findFirst()
        .orElse(type);
  }

  public int getVersion() {
    return version;
  }

  public boolean isCustom() {
    return custom;
  }

  public List<StepForm> getSteps() {
    return steps;
  }

  public List<String> getChainProblems() {
    return chainProblems;
  }

  public List<VersionLine> getHistory() {
    return history;
  }

  public List<FieldOption> getFields() {
    return fields;
  }

  public List<Choice> getPositions() {
    return positions;
  }

  public List<Option> getRoles() {
    return roles;
  }

  public StepKind[] getKinds() {
    return StepKind.values();
  }

  public RouteKind[] getRoutes() {
    return RouteKind.values();
  }
}
