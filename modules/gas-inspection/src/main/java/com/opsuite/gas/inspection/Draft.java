package com.opsuite.gas.inspection;

import java.math.BigDecimal;
import java.util.List;

/**
 * The whole state of a draft as the inspector left it: every answer so far, the free notes and the
 * phone's location if it gave one. {@code version} is the one the change was based on.
 */
public record Draft(
    Long version,
    List<Answer> items,
    String notes,
    BigDecimal latitude,
    BigDecimal longitude,
    BigDecimal accuracyMetres) {}
