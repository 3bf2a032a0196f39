package com.opsuite.core.security;

/** The one right of platform operators; no tenant user ever holds it. */
public final class PlatformPermissions {

  public static final String OPERATE = "platform.operate";

  private PlatformPermissions() {}
}
