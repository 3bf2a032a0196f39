package com.opsuite.bench.floor;

import java.util.List;

/** One statement as the application sent it: its text with $n placeholders, and their values. */
public record CapturedStatement(String sql, List<String> params) {}
