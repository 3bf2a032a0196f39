package com.opsuite.core.portability;

/** One table's share of an export: rows counted in the export's snapshot and rows written. */
public record TableProgress(String table, long rows, long done) {}
