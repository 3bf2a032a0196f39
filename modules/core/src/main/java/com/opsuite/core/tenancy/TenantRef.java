package com.opsuite.core.tenancy;

import java.time.ZoneId;
import java.util.Locale;

/** The tenant a request, job or transaction works for: immutable, safe to pass between threads. */
public record TenantRef(String code, Locale locale, ZoneId timeZone) {}
