package com.opsuite.gas.task;

/** Where a task stands. */
public enum TaskStatus {
  OPEN,
  DONE,
  CANCELLED
}
