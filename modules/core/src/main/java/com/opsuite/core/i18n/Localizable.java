package com.opsuite.core.i18n;

import java.util.Locale;

/**
 * A message argument written in the reader's language when the message is formatted: a name kept in
 * both languages (an indicator's), or a nested message. Validation errors and reasons are built
 * once and shown to Chinese and English readers alike.
 */
public interface Localizable {

  String in(Locale locale);
}
