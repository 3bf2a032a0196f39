package com.opsuite.online.data;

import com.opsuite.core.validation.InvalidInputException;
import java.util.List;

/**
 * Platform data or meeting input refused before anything was written, with keys of the module's
 * bundle; {@link DataProblems} localizes them (core's mapper knows only core's bundle).
 */
public class DataInvalidInput extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public DataInvalidInput(List<Violation> violations) {
    super(violations);
  }

  public static DataInvalidInput of(String field, String messageKey, Object... args) {
    return new DataInvalidInput(List.of(new Violation(field, messageKey, args)));
  }
}
