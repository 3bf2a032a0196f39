package com.opsuite.core.settings;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant setting a module (or core) declares: key, type, default and bounds. Its label is the
 * text {@code setting.<key>} in the declaring module's bundle. The default can be changed per
 * installation by MicroProfile Config ({@code opsuite.default.<module>.<key>}) without a build.
 */
public record SettingDefinition(
    String key, SettingType type, String defaultValue, Long min, Long max) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public SettingDefinition {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "Setting keys are lower-case words joined by hyphens: " + key);
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("Setting " + key + ": min above max");
    }
  }

  public static SettingDefinition integer(String key, long defaultValue, long min, long max) {
    return new SettingDefinition(key, SettingType.INTEGER, Long.toString(defaultValue), min, max);
  }

  public static SettingDefinition bool(String key, boolean defaultValue) {
    return new SettingDefinition(
        key, SettingType.BOOLEAN, Boolean.toString(defaultValue), null, null);
  }

  public static SettingDefinition text(String key, String defaultValue, int maxLength) {
    return new SettingDefinition(key, SettingType.TEXT, defaultValue, 0L, (long) maxLength);
  }

  public String labelKey() {
    return "setting." + key;
  }

  /**
   * The value in its canonical text form, or the key of the message that says why it is not
   * acceptable (with {@link #min()} or {@link #max()} as its argument).
   */
  public Checked check(String raw) {
    String value = raw == null ? "" : raw.strip();
    return switch (type) {
      case INTEGER -> checkInteger(value);
      case BOOLEAN ->
          value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
              ? Checked.ok(value.toLowerCase(java.util.Locale.ROOT))
              : Checked.error("setting.invalidBoolean");
      case TEXT ->
          max != null && value.length() > max
              ? Checked.error("setting.tooLong", max)
              : Checked.ok(value);
    };
  }

  private Checked checkInteger(String value) {
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Checked.error("setting.invalidInteger");
    }
    if (min != null && number < min) {
      return Checked.error("setting.belowMin", min);
    }
    if (max != null && number > max) {
      return Checked.error("setting.aboveMax", max);
    }
    return Checked.ok(Long.toString(number));
  }

  /** The outcome of checking a value. */
  public record Checked(String value, String errorKey, Object argument) {
    static Checked ok(String value) {
      return new Checked(value, null, null);
    }

    static Checked error(String key, Object... argument) {
      return new Checked(null, key, argument.length == 0 ? null : argument[0]);
    }

    public boolean isValid() {
      return errorKey == null;
    }

    public Optional<String> error() {
      return Optional.ofNullable(errorKey);
    }
  }
}
