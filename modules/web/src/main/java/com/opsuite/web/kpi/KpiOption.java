package com.opsuite.web.kpi;

import java.io.Serializable;

/** One option of a KPI select: the key it stands for and what the user reads. */
public record KpiOption(String value, String label) implements Serializable {}
