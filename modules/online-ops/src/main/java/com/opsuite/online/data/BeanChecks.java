package com.opsuite.online.data;

import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of API and page input, refused as {@link DataInvalidInput}: each constraint's
 * message is a key of the module's bundle, so the refusal is localized like every other.
 */
public final class BeanChecks {

  private BeanChecks() {}

  public static void require(Validator validator, Object input) {
    List<Violation> wrong =
        validator.validate(input).stream()
            .sorted(
                Comparator.comparing(
                    (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
            .map(
                v ->
                    new Violation(
                        v.getPropertyPath().toString(),
                        v.getMessageTemplate(),
                        v.getInvalidValue() == null ? "" : String.valueOf(v.getInvalidValue())))
            .toList();
    if (!wrong.isEmpty()) {
      throw new DataInvalidInput(wrong);
    }
  }
}
