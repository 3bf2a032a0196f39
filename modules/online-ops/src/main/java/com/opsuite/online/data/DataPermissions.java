package com.opsuite.online.data;

/**
 * Who does what with platform data and meeting packs: those who enter the figures, and those who
 * read the reports (and so sit in the meetings and record the actions they agree).
 */
public final class DataPermissions {

  public static final String ENTER = "online.data.enter";
  public static final String VIEW = "online.report.view";

  private DataPermissions() {}
}
