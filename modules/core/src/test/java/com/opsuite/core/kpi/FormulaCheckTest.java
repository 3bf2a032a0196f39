package com.opsuite.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.LocalizedName;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.validation.InvalidInputException.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Saving a formula: unknown names, itself, loops, syntax; messages in both languages. */
class FormulaCheckTest {

  private static final Set<String> MEASURES =
      Set.of(KpiFixtures.ACTUAL, KpiFixtures.PLANNED, CoreMeasures.APPROVALS_DECIDED);

  private final Map<String, Indicator> others = new HashMap<>();

  private List<Violation> check(String code, String zh, String formula) {
    return FormulaCheck.problems(
        code, new LocalizedName(zh, code), formula, MEASURES::contains, others);
  }

  private static String text(Violation v, Locale locale) {
    return CoreMessages.format(locale, v.messageKey(), v.args());
  }

  @Test
  void aFormulaOverKnownMeasuresAndIndicatorsPasses() {
    others.put("download-completion", KpiFixtures.completion());
    assertEquals(
        List.of(),
        check("points", "得分", "i['download-completion'] * 100 + m['core.approvals.decided']"));
  }

  @Test
  void unknownMeasuresAndIndicatorsAreNamedWithTheirColumns() {
    List<Violation> problems = check("x", "某指标", "m['app.downloads.actul'] / i['nope'] + i['x']");
    assertEquals(3, problems.size());
    assertEquals(
        "Column 1: there is no measure \"app.downloads.actul\" (see the list of measures).",
        text(problems.get(0), SupportedLocales.ENGLISH));
    assertEquals("第 28 列：没有指标“nope”。", text(problems.get(1), SupportedLocales.CHINESE));
    assertEquals("第 40 列：“某指标”的公式不能引用它自己。", text(problems.get(2), SupportedLocales.CHINESE));
  }

  @Test
  void aLoopThroughOtherIndicatorsIsSpelledOutByTheirNames() {
    others.put(
        "a", KpiFixtures.formula("a", "阶段下载量完成度", "Stage download completion", "i['b'] * 2"));
    others.put("b", KpiFixtures.formula("b", "渠道得分", "Channel points", "i['c'] + 1"));
    List<Violation> problems = check("c", "综合得分", "m['app.downloads.actual'] + i['a']");
    assertEquals(1, problems.size());
    assertEquals(
        "第 29 列：形成了循环引用：综合得分 → 阶段下载量完成度 → 渠道得分 → 综合得分。",
        text(problems.get(0), SupportedLocales.CHINESE));
  }

  @Test
  void syntaxErrorsSayWhatAndWhereInBothLanguages() {
    List<Violation> problems = check("x", "某指标", "m['app.downloads.actual'] / ");
    assertEquals(
        "Column 29: the formula ends where a number or a name was expected.",
        text(problems.get(0), SupportedLocales.ENGLISH));
    problems = check("x", "某指标", "m['a'].toString()");
    assertEquals(
        "第 7 列：“.”用于读取属性或调用方法，公式不允许。带点的代码请放在引号中：m['app.downloads.actual']。",
        text(problems.get(0), SupportedLocales.CHINESE));
    problems = check("x", "某指标", "实际下载量 / 计划下载量");
    assertEquals(
        "第 1 列：公式不认识“实际下载量”。度量请写作 m['代码']，指标写作 i['代码']；可用函数为 min、max、abs、round。",
        text(problems.get(0), SupportedLocales.CHINESE));
  }
}
