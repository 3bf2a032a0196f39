package com.opsuite.gas.registry.purchase;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A purchase line with its verdict and, when valid, what it resolves to. */
public record CheckedLine(
    PurchaseLine line,
    LineStatus status,
    List<Violation> problems,
    Long cardId,
    Long customerId,
    LocalDate date,
    BigDecimal volumeM3,
    BigDecimal amountYuan) {

  CheckedLine withStatus(LineStatus newStatus) {
    return new CheckedLine(
        line, newStatus, problems, cardId, customerId, date, volumeM3, amountYuan);
  }
}
