package com.opsuite.web.approval;

import com.opsuite.core.approval.Condition;
import com.opsuite.core.approval.FieldType;
import java.io.Serializable;

/** One condition of a step as the designer edits it: field, operator symbol, value as typed. */
public class ConditionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String field;
  private String operator;
  private String value;
  private String problem;

  ConditionForm(String field, String operator, String value) {
    this.field = field;
    this.operator = operator;
    this.value = value;
  }

  static ConditionForm of(Condition c) {
    return new ConditionForm(c.field(), c.operator(), c.value());
  }

  /** A new condition on the field, with an operator and value its type accepts. */
  static ConditionForm on(FieldOption field) {
    ConditionForm c = new ConditionForm(field.name(), null, null);
    c.fitTo(field.type());
    return c;
  }

  Condition toCondition() {
    return new Condition(field, operator, value == null ? null : value.strip());
  }

  /** After the field changed: keeps what still fits its type, so no impossible pair is shown. */
  void fitTo(FieldType type) {
    ConditionOperator op = ConditionOperator.of(operator);
    if (op == null || !op.fits(type)) {
      operator = type == FieldType.NUMBER ? ConditionOperator.GT.symbol() : "=";
    }
    boolean bool = "true".equals(value) || "false".equals(value);
    if (type == FieldType.BOOLEAN && !bool) {
      value = "true";
    } else if (type != FieldType.BOOLEAN && bool) {
      value = "";
    }
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  /** What the last save said is wrong with this condition, or null. */
  public String getProblem() {
    return problem;
  }

  void setProblem(String problem) {
    this.problem = problem;
  }
}
