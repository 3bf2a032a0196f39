package com.opsuite.core.settings;

/** The kinds of values a tenant setting holds; each parses and checks its own text form. */
public enum SettingType {
  INTEGER,
  BOOLEAN,
  TEXT
}
