package com.opsuite.core.spi;

/**
 * A menu item a module contributes: the label's key in the module's bundle and the view it opens,
 * relative to the tenant ({@code /gas-inspection/index.xhtml} is served at {@code
 * /t/{tenant}/gas-inspection/index.xhtml}).
 */
public record MenuEntry(String labelKey, String view) {}
