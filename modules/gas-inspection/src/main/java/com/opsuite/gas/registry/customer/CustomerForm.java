package com.opsuite.gas.registry.customer;

import com.opsuite.core.validation.InvalidInputException.Violation;
import com.opsuite.gas.registry.CustomerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a user enters for a customer; {@code version} is the one they loaded, for updates. */
public record CustomerForm(
    String customerNo,
    String name,
    CustomerKind kind,
    Boolean keyCustomer,
    Long areaId,
    String address,
    String contactName,
    String phone,
    Long version) {

  private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");

  /** The form's own faults (not those that need the database), all at once. */
  List<Violation> problems(boolean creating) {
    List<Violation> problems = new ArrayList<>();
    if (creating) {
      text(problems, "customerNo", customerNo, 40, true);
    }
    text(problems, "name", name, 200, true);
    if (kind == null) {
      problems.add(new Violation("kind", "registry.customer.kindRequired"));
    }
    if (areaId == null) {
      problems.add(new Violation("areaId", "registry.customer.areaRequired"));
    }
    text(problems, "address", address, 300, true);
    text(problems, "contactName", contactName, 100, false);
    if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
      problems.add(new Violation("phone", "registry.customer.phoneInvalid"));
    }
    return problems;
  }

  private static void text(
      List<Violation> problems, String field, String value, int max, boolean required) {
    String v = value == null ? "" : value.strip();
    if (required && v.isEmpty()) {
      problems.add(new Violation(field, "registry.required"));
    } else if (v.length() > max) {
      problems.add(new Violation(field, "registry.tooLong", max));
    }
  }

  static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
