package com.opsuite.core.portability;

/**
 * Fired (CDI event, synchronously) in the new tenant's transaction right after an archive of the
 * tenant {@code from} was loaded as the tenant {@code to}: data a module bound to the tenant's code
 * (e.g. encryption associated data) is rebound by the module's observer; core names no module.
 */
public record TenantImported(String from, String to) {}
