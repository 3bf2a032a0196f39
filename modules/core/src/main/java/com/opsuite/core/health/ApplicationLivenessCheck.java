package com.opsuite.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has heap to work with. A database outage is deliberately not a liveness
 * failure: restarting the instance would not bring PostgreSQL back, readiness covers it.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  /** Below this share of free heap (after what the JVM may still claim) the instance is stuck. */
  private static final double MIN_FREE_HEAP = 0.02;

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    double free = 1.0 - (double) used / rt.maxMemory();
    return HealthCheckResponse.named("heap")
        .status(free >= MIN_FREE_HEAP)
        .withData("usedMiB", used / (1024 * 1024))
        .withData("maxMiB", rt.maxMemory() / (1024 * 1024))
        .build();
  }
}
