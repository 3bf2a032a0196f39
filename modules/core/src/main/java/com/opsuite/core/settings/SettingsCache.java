package com.opsuite.core.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each tenant's stored setting values, so reading a setting costs a map lookup. Evicted per tenant
 * on change, on this node directly and on the others through {@link SettingsChangeListener}; the
 * time limit bounds staleness should a notification ever be missed.
 */
@ApplicationScoped
public class SettingsCache {

  static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

  private final Map<String, Entry> byTenant = new ConcurrentHashMap<>();

  /** The tenant's stored values keyed {@code scope/key}, loading them when absent or expired. */
  public Map<String, String> values(String tenant, Supplier<Map<String, String>> loader) {
    long now = System.nanoTime();
    Entry entry = byTenant.get(tenant);
    if (entry == null || now - entry.loadedAt > TIME_TO_LIVE.toNanos()) {
      entry = new Entry(Map.copyOf(loader.get()), now);
      byTenant.put(tenant, entry);
    }
    return entry.values;
  }

  public void evict(String tenant) {
    byTenant.remove(tenant);
  }

  public void clear() {
    byTenant.clear();
  }

  static String key(String scope, String key) {
    return scope + "/" + key;
  }

  private record Entry(Map<String, String> values, long loadedAt) {}
}
