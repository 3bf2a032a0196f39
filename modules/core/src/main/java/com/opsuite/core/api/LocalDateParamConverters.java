package com.opsuite.core.api;

import com.opsuite.core.validation.InvalidInputException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in paths and queries as ISO dates ({@code 2026-02-14}); a malformed one is a 400. */
@Provider
public class LocalDateParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != LocalDate.class) {
      return null;
    }
    return (ParamConverter<T>)
        new ParamConverter<LocalDate>() {
          @Override
          public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
              return null;
            }
            try {
              return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
              throw InvalidInputException.of("date", "date.invalid", value);
            }
          }

          @Override
          public String toString(LocalDate value) {
            return value.toString();
          }
        };
  }
}
