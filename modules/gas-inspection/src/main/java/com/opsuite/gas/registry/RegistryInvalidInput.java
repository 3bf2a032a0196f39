package com.opsuite.gas.registry;

import com.opsuite.core.validation.InvalidInputException;
import java.util.List;

/**
 * Registry input refused before anything was written, with message keys of the gas bundle; its own
 * mapper localizes them (core's knows only core's bundle).
 */
public class RegistryInvalidInput extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public RegistryInvalidInput(List<Violation> violations) {
    super(violations);
  }

  public static RegistryInvalidInput of(String field, String messageKey, Object... args) {
    return new RegistryInvalidInput(List.of(new Violation(field, messageKey, args)));
  }
}
