package com.opsuite.core.kpi.formula;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.Localizable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why a number could not be computed (no value entered, a division by zero, no target), as a
 * message key with arguments. Arguments may themselves be {@link Localizable}: an indicator's name
 * or the reason another indicator has no value are written in the reader's language.
 */
public record NoValue(String key, List<Object> args) implements Localizable {

  public NoValue {
    args = List.copyOf(args);
  }

  public static NoValue of(String key, Object... args) {
    return new NoValue(key, Arrays.asList(args));
  }

  @Override
  public String in(Locale locale) {
    return CoreMessages.format(locale, key, args.toArray());
  }
}
