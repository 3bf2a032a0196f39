package com.opsuite.web.kpi;

import com.opsuite.core.kpi.Direction;
import com.opsuite.core.kpi.Indicator;
import com.opsuite.core.kpi.IndicatorDraft;
import com.opsuite.core.kpi.IndicatorSource;
import com.opsuite.core.kpi.Indicators;
import com.opsuite.core.kpi.MeasureUnit;
import com.opsuite.core.kpi.PeriodKind;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.org.SaveFailures;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Creates or edits one indicator through {@link Indicators}, as the API does. A refused save keeps
 * everything typed and shows each problem beside its field (the formula's says what and at which
 * column); a save based on a version someone else replaced is refused and says so.
 */
@Named
@ViewScoped
public class IndicatorForm implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String PREFIX = "indicator:";

  @Inject Indicators indicators;
  @Inject IndicatorsView list;
  @Inject Messages messages;
  @Inject SaveFailures failures;
  @Inject CurrentUser user;
  @Inject LocaleSelection localeSelection;

  private boolean open;
  private String editing;
  private Long version;
  private String code;
  private String nameZh;
  private String nameEn;
  private MeasureUnit unit = MeasureUnit.NUMBER;
  private Direction direction = Direction.HIGHER_IS_BETTER;
  private PeriodKind periodKind = PeriodKind.MONTH;
  private IndicatorSource source = IndicatorSource.MANUAL;
  private String formula;

  @RequiresPermission(CorePermissions.KPI_MANAGE)
  public void startNew() {
    open = true;
    editing = null;
    version = null;
    code = nameZh = nameEn = formula = null;
    unit = MeasureUnit.NUMBER;
    direction = Direction.HIGHER_IS_BETTER;
    periodKind = PeriodKind.MONTH;
    source = IndicatorSource.MANUAL;
  }

  @RequiresPermission(CorePermissions.KPI_MANAGE)
  public void startEdit(String indicatorCode) {
    indicators.find(indicatorCode).ifPresentOrElse(this::fill, list::reload);
  }

  @RequiresPermission(CorePermissions.KPI_MANAGE)
  public void save() {
    IndicatorDraft draft =
        new IndicatorDraft(
            code,
            nameZh,
            nameEn,
            unit,
            direction,
            periodKind,
            source,
            source == IndicatorSource.FORMULA ? formula : null);
    try {
      Indicator saved =
          editing == null
              ? indicators.create(draft, user.name())
              : indicators.change(editing, draft, version, user.name());
      messages.pageInfo("indicators.saved", saved.name().in(localeSelection.getLocale()));
      open = false;
      list.reload();
    } catch (RuntimeException e) {
      if (SaveFailures.isStale(e)) {
        // Typed values stay; the version moves on so a second save knowingly overrides.
        indicators.find(editing).ifPresent(i -> version = i.getVersion());
        messages.pageError(null, "indicators.stale");
        return;
      }
      failures.show(e, PREFIX);
    }
  }

  public void cancel() {
    open = false;
  }

  private void fill(Indicator i) {
    open = true;
    editing = i.getCode();
    version = i.getVersion();
    code = i.getCode();
    nameZh = i.getNameZh();
    nameEn = i.getNameEn();
    unit = i.getUnit();
    direction = i.getDirection();
    periodKind = i.getPeriodKind();
    source = i.getSource();
    formula = i.getFormula();
  }

  public boolean isOpen() {
    return open;
  }

  public boolean isCreating() {
    return editing == null;
  }

  public boolean isFormulaShown() {
    return source == IndicatorSource.FORMULA;
  }

  public MeasureUnit[] getUnits() {
    return MeasureUnit.values();
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public PeriodKind[] getPeriodKinds() {
    return PeriodKind.values();
  }

  public IndicatorSource[] getSources() {
    return IndicatorSource.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    if (editing == null) {
      this.code = code;
    }
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public MeasureUnit getUnit() {
    return unit;
  }

  public void setUnit(MeasureUnit unit) {
    this.unit = unit;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public PeriodKind getPeriodKind() {
    return periodKind;
  }

  public void setPeriodKind(PeriodKind periodKind) {
    this.periodKind = periodKind;
  }

  public IndicatorSource getSource() {
    return source;
  }

  public void setSource(IndicatorSource source) {
    this.source = source;
  }

  public String getFormula() {
    return formula;
  }

  public void setFormula(String formula) {
    this.formula = formula;
  }
}
