package com.opsuite.bench.report;

/** A result row and the data stage it was measured at (the number of typical tenants present). */
public record Measured(int tenants, String note, ResultRow row) {}
