package com.opsuite.it;

/** A short wait between polls that keeps the caller's interrupt. */
final class Pause {

  private Pause() {}

  static void briefly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while polling", e);
    }
  }
}
