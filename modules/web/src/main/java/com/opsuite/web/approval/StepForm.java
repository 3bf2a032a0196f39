package com.opsuite.web.approval;

import com.opsuite.core.approval.RouteKind;
import com.opsuite.core.approval.StepDefinition;
import com.opsuite.core.approval.StepKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of the chain being designed, as typed: it keeps whatever the admin entered, even what
 * the validator refused, and the problems of the last save beside the fields they concern. The key
 * is kept from the saved step (a module default's label comes from it) or made up for new ones.
 */
public class StepForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String key;
  private String defaultLabel;
  private String label;
  private StepKind kind;
  private Integer quorum;
  private RouteKind route;
  private Long positionId;
  private String roleCode;
  private Integer deadlineHours;
  private final List<ConditionForm> conditions = new ArrayList<>();
  private final Map<String, String> problems = new LinkedHashMap<>();

  StepForm(String key, String label) {
    this.key = key;
    this.label = label;
    this.kind = StepKind.SINGLE;
    this.route = RouteKind.SUBMITTER_MANAGER;
  }

  static StepForm of(StepDefinition s, String defaultLabel) {
    StepForm f = new StepForm(s.key(), s.label());
    f.defaultLabel = defaultLabel;
    f.kind = s.kind();
    f.quorum = s.quorum();
    f.route = s.route();
    f.positionId = s.positionId();
    f.roleCode = s.roleCode();
    f.deadlineHours = s.deadlineHours();
    s.conditions().forEach(c -> f.conditions.add(ConditionForm.of(c)));
    return f;
  }

  /** The step to save: only what its kind and route use, so a hidden leftover never counts. */
  StepDefinition toDefinition() {
    return new StepDefinition(
        key,
        label == null || label.isBlank() ? null : label.strip(),
        kind,
        kind == StepKind.QUORUM ? quorum : null,
        route,
        route == RouteKind.POSITION ? positionId : null,
        route == RouteKind.ROLE ? roleCode : null,
        conditions.stream().map(ConditionForm::toCondition).toList(),
        deadlineHours);
  }

  /** Forgets the problems of the previous save. */
  void clearProblems() {
    problems.clear();
    conditions.forEach(c -> c.setProblem(null));
  }

  /** Adds a problem at one of the step's inputs ({@code label}, {@code quorum}, …) or at "". */
  void addProblem(String at, String text) {
    problems.merge(at, text, (a, b) -> a + " " + b);
  }

  public String problem(String at) {
    return problems.get(at);
  }

  /** Problems that belong to no input of the step, shown at its top. */
  public List<String> getGeneralProblems() {
    return problems.entrySet().stream()
        .filter(e -> e.getKey().isEmpty())
        .map(Map.Entry::getValue)
        .toList();
  }

  public boolean isFaulty() {
    return !problems.isEmpty() || conditions.stream().anyMatch(c -> c.getProblem() != null);
  }

  String getKey() {
    return key;
  }

  /** The name the step has when the label is left empty (a module default's). */
  public String getDefaultLabel() {
    return defaultLabel;
  }

  void setDefaultLabel(String defaultLabel) {
    this.defaultLabel = defaultLabel;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public StepKind getKind() {
    return kind;
  }

  public void setKind(StepKind kind) {
    this.kind = kind;
  }

  public Integer getQuorum() {
    return quorum;
  }

  public void setQuorum(Integer quorum) {
    this.quorum = quorum;
  }

  public RouteKind getRoute() {
    return route;
  }

  public void setRoute(RouteKind route) {
    this.route = route;
  }

  public Long getPositionId() {
    return positionId;
  }

  public void setPositionId(Long positionId) {
    this.positionId = positionId;
  }

  public String getRoleCode() {
    return roleCode;
  }

  public void setRoleCode(String roleCode) {
    this.roleCode = roleCode;
  }

  public Integer getDeadlineHours() {
    return deadlineHours;
  }

  public void setDeadlineHours(Integer deadlineHours) {
    this.deadlineHours = deadlineHours;
  }

  public List<ConditionForm> getConditions() {
    return conditions;
  }
}
