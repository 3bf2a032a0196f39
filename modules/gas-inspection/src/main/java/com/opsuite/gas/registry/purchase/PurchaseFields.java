package com.opsuite.gas.registry.purchase;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads a purchase line's fields as the sales system writes them, noting what is wrong. */
final class PurchaseFields {

  static final int MAX_RECEIPT = 80;
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

  private PurchaseFields() {}

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String receipt(String value, List<Violation> problems) {
    if (blank(value)) {
      problems.add(new Violation("receiptNo", "registry.purchase.receiptRequired"));
      return null;
    }
    String receipt = value.strip();
    if (receipt.length() > MAX_RECEIPT) {
      problems.add(new Violation("receiptNo", "registry.tooLong", MAX_RECEIPT));
      return null;
    }
    return receipt;
  }

  /** yyyy-MM-dd, or yyyy/M/d as Chinese spreadsheets often write it; not in the future. */
  static LocalDate date(String value, List<Violation> problems) {
    if (blank(value)) {
      problems.add(new Violation("date", "registry.purchase.dateRequired"));
      return null;
    }
    String text = value.strip();
    LocalDate date;
    try {
      date = text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new Violation("date", "registry.purchase.dateInvalid", text));
      return null;
    }
    if (date.isAfter(LocalDate.now().plusDays(1))) {
      problems.add(new Violation("date", "registry.purchase.dateFuture", text));
      return null;
    }
    return date;
  }

  /** A number with at most two decimals: positive for a volume, not negative for an amount. */
  static BigDecimal amount(String field, String value, boolean positive, List<Violation> problems) {
    if (blank(value)) {
      problems.add(new Violation(field, "registry.purchase.numberRequired"));
      return null;
    }
    String text = value.strip().replace(",", "");
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      problems.add(new Violation(field, "registry.purchase.numberInvalid", value.strip()));
      return null;
    }
    if (positive ? number.signum() <= 0 : number.signum() < 0) {
      problems.add(
          new Violation(
              field,
              positive ? "registry.purchase.volumeNotPositive" : "registry.purchase.amountNegative",
              value.strip()));
      return null;
    }
    if (number.stripTrailingZeros().scale() > 2 || number.compareTo(MAX_AMOUNT) > 0) {
      problems.add(new Violation(field, "registry.purchase.numberInvalid", value.strip()));
      return null;
    }
    return number;
  }
}
