package com.opsuite.gas.inspection;

/**
 * The residential safety checklist of the seed's 入户安全检查制度 (articles 2 to 5), in the order an
 * inspector walks through a home. The codes are stored; labels are {@code check.<code>} in the
 * module's bundle. A failed item becomes a hazard.
 */
public enum CheckItem {
  EQUIPMENT_DAMAGE("equipment-damage"),
  PIPE_ALTERED("pipe-altered"),
  PIPE_AS_EARTH("pipe-as-earth"),
  PIPE_RUST("pipe-rust"),
  OBJECTS_ON_PIPE("objects-on-pipe"),
  HOSE("hose"),
  APPLIANCES("appliances"),
  LEAK_TEST("leak-test"),
  STOVE_PRESSURE("stove-pressure"),
  METER_RUNNING("meter-running"),
  SEAL_INTACT("seal-intact");

  private final String code;

  CheckItem(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public String labelKey() {
    return "check." + code;
  }

  /** The item with this stored code, or {@code null} for a code no checklist has. */
  public static CheckItem ofCode(String code) {
    for (CheckItem item : values()) {
      if (item.code.equals(code)) {
        return item;
      }
    }
    return null;
  }
}
