package com.opsuite.core.org.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.LocalizedBundles;
import com.opsuite.core.i18n.SupportedLocales;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffColumnTest {

  @Test
  void theTemplatesHeadingsInEveryLanguageAreRecognised() {
    for (var locale : SupportedLocales.ALL) {
      for (StaffColumn column : StaffColumn.values()) {
        String heading =
            LocalizedBundles.text(
                CoreMessages.BUNDLE, locale, getClass().getClassLoader(), column.labelKey());
        assertEquals(Optional.of(column), StaffColumn.of(heading), locale + " " + heading);
      }
    }
  }

  @Test
  void commonSpellingsAreRecognised() {
    assertEquals(Optional.of(StaffColumn.EMPLOYEE_NO), StaffColumn.of("Employee No."));
    assertEquals(Optional.of(StaffColumn.EMAIL), StaffColumn.of("E-Mail"));
    assertEquals(Optional.of(StaffColumn.PHONE), StaffColumn.of("手机号码"));
    assertEquals(Optional.of(StaffColumn.POSITION), StaffColumn.of("部门/岗位"));
    assertEquals(Optional.of(StaffColumn.START_DATE), StaffColumn.of("入职日期(yyyy-MM-dd)"));
    assertEquals(Optional.of(StaffColumn.NAME), StaffColumn.of(" 姓名* "));
    assertEquals(Optional.empty(), StaffColumn.of("备注"));
  }
}
