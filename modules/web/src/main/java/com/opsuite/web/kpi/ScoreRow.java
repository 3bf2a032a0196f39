package com.opsuite.web.kpi;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the dashboard's table, as shown and exported: who, the value, the target the value is
 * measured against, the score and, when there is no score, why.
 */
public record ScoreRow(String name, String value, String target, BigDecimal score, String reason)
    implements Serializable {}
