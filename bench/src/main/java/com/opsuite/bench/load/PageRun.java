package com.opsuite.bench.load;

import com.opsuite.bench.report.ResultRow;

/**
 * The lazy list page's run: its row, and what each signed-in user's session kept on the heap (live
 * heap after a full GC with the sessions alive, minus before they signed in, per user).
 */
public record PageRun(ResultRow row, double sessionKibPerUser) {}
