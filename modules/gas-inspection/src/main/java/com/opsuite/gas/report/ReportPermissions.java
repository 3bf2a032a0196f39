package com.opsuite.gas.report;

/**
 * Who reads the dashboard: the supervisors, who hold {@code gas.inspection.assign} because they
 * plan and hand out the work these figures measure.
 */
public final class ReportPermissions {

  public static final String READ = "gas.inspection.assign";

  private ReportPermissions() {}
}
