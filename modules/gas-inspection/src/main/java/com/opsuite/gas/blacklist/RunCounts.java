package com.opsuite.gas.blacklist;

/**
 * What one run of the blacklist job did: customers listed and taken off, audit tasks opened and
 * given to an inspector, how long it took. {@code ran} is false where it did not run at all
 * (another instance was running it, or tonight's run was done).
 */
public record RunCounts(boolean ran, int listed, int left, int tasks, int assigned, long tookMs) {

  static RunCounts skipped() {
    return new RunCounts(false, 0, 0, 0, 0, 0);
  }
}
