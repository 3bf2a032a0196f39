package com.opsuite.web.kpi;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.kpi.Indicator;
import com.opsuite.core.kpi.Indicators;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The indicators list: what the tenant measures, in the reader's language, with each formula as
 * written. Those who manage KPIs edit them in {@link IndicatorForm}.
 */
@Named
@ViewScoped
public class IndicatorsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Indicators indicators;
  @Inject CoreMessages messages;
  @Inject LocaleSelection localeSelection;

  private transient List<Row> rows;

  /** One indicator as the list shows it: a class with getters, since pages cannot read records. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private final String unit;
    private final String direction;
    private final String period;
    private final String formula;

    Row(String code, String name, String unit, String direction, String period, String formula) {
      this.code = code;
      this.name = name;
      this.unit = unit;
      this.direction = direction;
      this.period = period;
      this.formula = formula;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getUnit() {
      return unit;
    }

    public String getDirection() {
      return direction;
    }

    public String getPeriod() {
      return period;
    }

    /** As written; null for an indicator entered by hand. */
    public String getFormula() {
      return formula;
    }
  }

  /** After a save: the list is read again on the next rendering. */
  public void reload() {
    rows = null;
  }

  public List<Row> getRows() {
    if (rows == null) {
      Locale locale = localeSelection.getLocale();
      rows = indicators.all().stream().map(i -> row(i, locale)).toList();
    }
    return rows;
  }

  private Row row(Indicator i, Locale locale) {
    return new Row(
        i.getCode(),
        i.name().in(locale),
        messages.text(locale, i.getUnit().labelKey()),
        messages.text(locale, "kpi.direction." + i.getDirection()),
        messages.text(locale, "kpi.periodKind." + i.getPeriodKind()),
        i.getFormula());
  }
}
