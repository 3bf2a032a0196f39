package com.opsuite.web.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opsuite.core.approval.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionFormTest {

  @Test
  void aNewConditionStartsWithWhatItsFieldAccepts() {
    ConditionForm number = ConditionForm.on(new FieldOption("amount", "Amount", FieldType.NUMBER));
    assertEquals(">", number.getOperator());
    ConditionForm flag = ConditionForm.on(new FieldOption("urgent", "Urgent", FieldType.BOOLEAN));
    assertEquals("=", flag.getOperator());
    assertEquals("true", flag.getValue());
  }

  @Test
  void changingTheFieldKeepsOnlyWhatStillFits() {
    ConditionForm c = new ConditionForm("amount", ">=", "5000");
    c.fitTo(FieldType.TEXT);
    assertEquals("=", c.getOperator(), "text is not ordered");
    assertEquals("5000", c.getValue());
    c.setOperator("!=");
    c.fitTo(FieldType.BOOLEAN);
    assertEquals("!=", c.getOperator());
    assertEquals("true", c.getValue());
    c.fitTo(FieldType.NUMBER);
    assertEquals("!=", c.getOperator());
    assertEquals("", c.getValue(), "a yes/no is no number");
  }

  @Test
  void onlyNumbersAreOrdered() {
    assertEquals(
        List.of(ConditionOperator.EQ, ConditionOperator.NE),
        ConditionOperator.fitting(FieldType.TEXT));
    assertEquals(6, ConditionOperator.fitting(FieldType.NUMBER).size());
  }
}
