package com.opsuite.core.appraisal;

import java.math.BigDecimal;

/** A KPI indicator of a template, by code, with its weight among the template's indicators. */
public record WeightedIndicator(String code, BigDecimal weight) {}
