package com.opsuite.online.data;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.util.List;

/** A row of platform data with its verdict and, when valid, what it stands for. */
public record CheckedLine(
    DataLine line,
    LineStatus status,
    List<Violation> problems,
    Long platformId,
    IsoWeek week,
    WeekFigures figures) {

  CheckedLine withStatus(LineStatus newStatus) {
    return new CheckedLine(line, newStatus, problems, platformId, week, figures);
  }
}
