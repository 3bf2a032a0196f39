package com.opsuite.core.approval;

import java.util.List;

/**
 * A kind of document that goes through approval, declared by core or a module (SPI): its code
 * ({@code gas.theft-case}), the fields its chain's conditions may test, and the default chain from
 * the module's seed. Labels are {@code approval.<code>}, {@code approval.<code>.field.<name>} and
 * {@code approval.<code>.step.<key>} in the declaring bundle.
 */
public record ApprovalType(String code, List<Field> fields, ChainDefinition defaultChain) {

  public ApprovalType {
    if (code == null || !code.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
      throw new IllegalArgumentException("Approval types are dotted lower-case words: " + code);
    }
    fields = List.copyOf(fields);
  }

  public Field field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }

  public String labelKey() {
    return "approval." + code;
  }

  /** A field conditions may test. */
  public record Field(String name, FieldType type) {
    public static Field number(String name) {
      return new Field(name, FieldType.NUMBER);
    }

    public static Field bool(String name) {
      return new Field(name, FieldType.BOOLEAN);
    }

    public static Field text(String name) {
      return new Field(name, FieldType.TEXT);
    }
  }
}
